from otter.test_files import test_case

OK_FORMAT = False

name = "q7"
points = 2

@test_case(points=None, hidden=False)
def test_island_means_form(mass_by_island, adelie_mass_by_island, biscoe_excess):
    import numbers
    import numpy as np
    import pandas as pd
    for name, value in [('mass_by_island', mass_by_island), ('adelie_mass_by_island', adelie_mass_by_island), ('biscoe_excess', biscoe_excess)]:
        assert value is not None, f'`{name}` is not defined: run the cell where you set it.'
        assert value is not ..., f'`{name}` is still `...`: replace it with your answer.'
    for name, value in [('mass_by_island', mass_by_island), ('adelie_mass_by_island', adelie_mass_by_island)]:
        assert isinstance(value, pd.Series), f'`{name}` should be a pandas Series; got {type(value).__name__}. Select one column before `mean()`.'
        assert value.shape == (3,), f'`{name}` should have shape (3,), one value per island; got {value.shape}.'
        assert sorted(map(str, value.index)) == ['Biscoe', 'Dream', 'Torgersen'], f'`{name}` should be indexed by the three islands; got {list(value.index)}.'
        assert np.isfinite(value.to_numpy(dtype=float)).all(), f'`{name}` contains NaN or inf.'
    assert isinstance(biscoe_excess, numbers.Real) and (not isinstance(biscoe_excess, bool)), f'`biscoe_excess` should be a number; got {type(biscoe_excess).__name__}.'
    assert np.isfinite(biscoe_excess), '`biscoe_excess` is NaN or inf.'

