"""The env file (/etc/framdrift/framdrift.env): one format that bash (`set -a; . FILE`) and
systemd (EnvironmentFile=) read the same way, and a strict reader of it for manage.py.

The rules, each kept because bash and systemd would otherwise read a line differently:

- A line is blank, a comment (its first character other than spaces is `#`), or
  NAME=value, with NAME made of letters, digits and _ (not starting with a digit), and
  nothing before NAME or around the `=`.
- A bare value has no spaces, quotes, backslashes or any of $ ` # < > ; & | ( ) ~: for
  bash those start a command, a comment, an expansion or a redirection, and systemd
  reads them as part of the value.
- Any other value is in single quotes, and holds no single quote: 'Framdrift <f@k.no>'.
  Inside them both take every character as it is, $ and # included, with no escapes.
- No control characters, no Windows line endings (bash keeps the \\r in the value,
  systemd takes it as the end of the line), and the file is UTF-8.

A line outside these rules is refused with the file and line number: never a value other
than the one the service reads. The reader never says the value, which may be a secret.
"""

import os
import pwd
import re

NAME = r"[A-Za-z_][A-Za-z0-9_]*"
BARE_FORBIDDEN = " \t'\"\\$`#<>;&|()~"
BARE = rf"[^{re.escape(BARE_FORBIDDEN)}]*"
QUOTED = r"'[^']*'"
ASSIGNMENT = re.compile(rf"({NAME})=({BARE}|{QUOTED})")
CONTROL = re.compile(r"[\x00-\x08\x0a-\x1f\x7f]")


class EnvFileError(Exception):
    """A line of an env file outside the format, or a file that cannot be read."""


def parse_line(line):
    """(name, value) for an assignment, None for a blank line or a comment; else a
    ValueError saying what is wrong."""
    # Before all else: systemd ends a line, a comment too, at a \r; bash does not.
    if "\r" in line:
        raise ValueError("Windows line ending (\\r): save the file with Unix line endings")
    if CONTROL.search(line):
        raise ValueError("a control character")
    if line.strip(" \t") == "" or line.lstrip(" \t").startswith("#"):
        return None
    name, equals, value = line.partition("=")
    if not equals or not re.fullmatch(NAME, name):
        raise ValueError(
            "not NAME=value (a name of letters, digits and _, with nothing before it "
            "and no spaces around =)"
        )
    match = ASSIGNMENT.fullmatch(line)
    if match is None:
        if value.startswith("'"):
            raise ValueError(
                f"the value of {name} is not one single-quoted string: it must end with "
                "the line, and cannot hold a single quote itself"
            )
        raise ValueError(
            f"the value of {name} has spaces, quotes or one of $`#<>;&|()~\\: put it in "
            "single quotes, 'like this'"
        )
    value = match.group(2)
    if value.startswith("'"):
        value = value[1:-1]
    return name, value


def read_env_file(path):
    """The variables the file sets, as bash and systemd read them."""
    try:
        with open(path, encoding="utf-8", newline="") as file:
            text = file.read()
    except UnicodeDecodeError:
        raise EnvFileError(f"{path}: not UTF-8 text") from None
    except OSError as error:
        raise EnvFileError(
            f"{path} cannot be read by {user_name()}: {error.strerror}. It belongs to root, "
            "group framdrift, mode 0640 (install -m 0640 -o root -g framdrift)."
        ) from None
    if text.startswith("\ufeff"):
        raise EnvFileError(f"{path}:1: a byte order mark: save the file as UTF-8 without one")
    variables = {}
    for number, line in enumerate(text.split("\n"), start=1):
        try:
            parsed = parse_line(line)
        except ValueError as error:
            raise EnvFileError(f"{path}:{number}: {error}") from None
        if parsed:
            name, value = parsed
            variables[name] = value
    return variables


def load_env_file(path, environ=os.environ):
    """Set the file's variables, except those the environment already has."""
    for name, value in read_env_file(path).items():
        environ.setdefault(name, value)


def load_named_env_file(environ=os.environ):
    """Load the file FRAMDRIFT_ENV_FILE names, if it names one."""
    path = environ.get("FRAMDRIFT_ENV_FILE")
    if path:
        load_env_file(path, environ)


def user_name():
    try:
        return pwd.getpwuid(os.geteuid()).pw_name
    except KeyError:
        return f"uid {os.geteuid()}"
