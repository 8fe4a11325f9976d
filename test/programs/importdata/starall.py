__all__ = ['shown', 'also_shown', '_underscored_but_listed']
shown = 'shown'
also_shown = 'also shown'
_underscored_but_listed = 'listed'
not_listed = 'not listed'
