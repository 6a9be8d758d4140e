from otter.test_files import test_case

OK_FORMAT = False

name = "q3"
points = 2

@test_case(points=None, hidden=False)
def test_mass_stats_form(mass_stats):
    import numpy as np
    import pandas as pd
    assert mass_stats is not None, '`mass_stats` is not defined: run the cell where you set it.'
    assert mass_stats is not ..., '`mass_stats` is still `...`: replace it with your answer.'
    assert isinstance(mass_stats, pd.DataFrame), f'`mass_stats` should be a pandas DataFrame; got {type(mass_stats).__name__}.'
    assert mass_stats.shape == (3, 3), f'`mass_stats` should have shape (3, 3), one row per species and three statistics; got {mass_stats.shape}.'
    assert sorted(map(str, mass_stats.index)) == ['Adelie', 'Chinstrap', 'Gentoo'], f'The row index of `mass_stats` should be the three species; got {list(mass_stats.index)}. Group by `species`.'
    assert list(mass_stats.columns) == ['count', 'mean', 'std'], f"`mass_stats` should have the columns ['count', 'mean', 'std']; got {list(mass_stats.columns)}."
    values = np.asarray(mass_stats, dtype=float)
    assert np.isfinite(values).all(), '`mass_stats` contains NaN or inf: check which column you aggregate.'

