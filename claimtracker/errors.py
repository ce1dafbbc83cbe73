"""Errors caused by the user's input or environment, as opposed to bugs.

A `UserError` carries a message meant to be shown as is: the CLI prints it on one line and exits
with status 2, the GUI shows it in a dialog. Anything else that escapes is a bug.
"""


class UserError(Exception):
    """Bad input or environment: the message names what was wrong and where."""


class BadFileError(UserError):
    """A file that cannot be imported; the message starts with the file's path."""

    def __init__(self, path: object, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = str(path)
        self.problem = problem


class NotFoundError(UserError):
    """An id or name that the database does not hold."""


class DatabaseError(UserError):
    """The database cannot be opened or used (not a database, newer version, unreachable...)."""


class ConflictError(UserError):
    """Someone else saved the same claim or source since it was read: nothing was overwritten."""
