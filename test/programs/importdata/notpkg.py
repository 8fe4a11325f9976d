NAME = 'notpkg is a module, not a package'
