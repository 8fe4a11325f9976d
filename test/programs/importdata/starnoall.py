public = 'public'
_private = 'private'
import importdata.plain as imported_module


def func():
    return 'func'
