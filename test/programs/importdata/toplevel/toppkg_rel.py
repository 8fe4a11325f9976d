from . import topmod
