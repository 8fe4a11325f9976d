print('topmod: runs as', __name__, 'with __package__', repr(__package__))
T = 'top'
