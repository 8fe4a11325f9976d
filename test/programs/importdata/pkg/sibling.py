from .mod import helper as h
SIB = 'sibling uses ' + h()
