print('pkg.mod: runs, __package__ =', __package__)


def helper():
    return 'helper from ' + __name__
