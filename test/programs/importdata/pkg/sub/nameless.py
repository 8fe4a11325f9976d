from .leaf import nothing_here
