print('pkg.sub: init')
