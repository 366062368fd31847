"""Loaded before every part's own conftest; being here puts tests/ on sys.path (pytest's default
"prepend" import mode), so each part's test modules can import `shared_support`."""
