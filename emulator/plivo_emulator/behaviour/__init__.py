"""What the emulator does after the request path: message lifecycles and status callbacks, inbound
messages, compliance reviews, magic numbers, fault injection, rate limits and the admin API
(`/_emulator/...`). `install.Behaviour` puts them together for one Runtime.
"""
