"""A validating, recording proxy in front of Plivo's API, and drift reports over recorded traffic.

`contract` checks requests and responses against openapi.yaml with the emulator's own validators;
`report` gathers findings per operation; `redact` and `har` keep traffic without credentials;
`server` forwards live traffic; `drift` replays recordings; `commands` is the command line.
"""
