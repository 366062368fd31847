"""The web inbox at `/_emulator/inbox/`: conversations, message details, callbacks, compliance reviews
and controls in a browser, over the admin API (`operations` adds what it needs; `web` serves it)."""
