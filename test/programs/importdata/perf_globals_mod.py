# Used by perf_globals_exec.py: functions that read this module's globals and builtins.
x = 1


def read_x():
    return x


def read_len(s):
    return len(s)
