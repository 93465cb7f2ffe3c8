"""The one exception type that callers of xining need to catch."""


class InputError(ValueError):
    """Input that xining cannot read as a page; the message is one line naming the file and the problem."""
