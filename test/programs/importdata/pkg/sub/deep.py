from ..mod import helper
from ... import plain
from ...pkg import sibling
from . import leaf
from .leaf import LEAF
DEEP = (helper(), plain.A, sibling.SIB, LEAF, leaf.__name__)
