print('pkg: init, __package__ =', __package__)
from .mod import helper
from . import sibling
INIT = 'pkg init'
