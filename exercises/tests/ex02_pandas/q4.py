from otter.test_files import test_case

OK_FORMAT = False

name = "q4"
points = 2

@test_case(points=None, hidden=False)
def test_island_species_form(island_species):
    import numpy as np
    import pandas as pd
    assert island_species is not None, '`island_species` is not defined: run the cell where you set it.'
    assert island_species is not ..., '`island_species` is still `...`: replace it with your answer.'
    assert isinstance(island_species, pd.DataFrame), f'`island_species` should be a pandas DataFrame; got {type(island_species).__name__}.'
    assert island_species.shape == (3, 3), f'`island_species` should have shape (3, 3), islands by species; got {island_species.shape}.'
    assert list(map(str, island_species.index)) == ['Biscoe', 'Dream', 'Torgersen'], f"The row index of `island_species` should be the islands ['Biscoe', 'Dream', 'Torgersen']; got {list(island_species.index)}. Did you swap rows and columns?"
    assert list(map(str, island_species.columns)) == ['Adelie', 'Chinstrap', 'Gentoo'], f"The columns of `island_species` should be the species ['Adelie', 'Chinstrap', 'Gentoo']; got {list(island_species.columns)}."
    values = np.asarray(island_species, dtype=float)
    assert not np.isnan(values).any(), '`island_species` contains NaN: a species absent from an island should count 0 (try `fill_value=0`).'
    assert (values >= 0).all() and (values == np.round(values)).all(), '`island_species` should hold counts: whole numbers that are 0 or more.'

