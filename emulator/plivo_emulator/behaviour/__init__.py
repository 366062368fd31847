"""What the emulator does after the request path: message lifecycles and status callbacks, inbound
messages, compliance reviews, magic numbers, fault injection, rate limits and the admin API
(`/_emulator/...`).

Kept import-free on purpose: `config` imports `behaviour.settings`, and the modules doing the work
import the runtime, which imports `config`. `install.install()` wires everything into a Runtime.
"""
