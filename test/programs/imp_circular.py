# A circular import that works: each module sees the other half made, then whole.
import importdata.circ_a
import importdata.circ_b
print(importdata.circ_a.use_b(), importdata.circ_b.use_a())
print(importdata.circ_a.b is importdata.circ_b)
import importdata.circ_b as b_first
print(b_first.B)
