from otter.test_files import test_case

OK_FORMAT = False

name = "q4"
points = 4

@test_case(points=None, hidden=False)
def test_counts_form(island_species_counts):
    import numpy as np
    import pandas as pd
    value = island_species_counts
    assert value is not None, '`island_species_counts` is not defined: run the cell where you set it.'
    unreadable = type(value).__name__ == 'Unreadable'
    assert value is not ... and (not (unreadable and 'ellipsis' in repr(value))), '`island_species_counts` is still `...`: replace it with your answer.'
    assert not unreadable, f'`island_species_counts` could not be read for grading ({value!r}): it should be a pandas DataFrame.'
    assert isinstance(value, pd.DataFrame), f'`island_species_counts` should be a pandas DataFrame; got {type(value).__name__}.'
    assert sorted((str(i) for i in value.index)) == ['Biscoe', 'Dream', 'Torgersen'], f'the rows of `island_species_counts` should be the islands Biscoe, Dream and Torgersen; got {list(value.index)}.'
    assert sorted((str(c) for c in value.columns)) == ['Adelie', 'Chinstrap', 'Gentoo'], f'the columns of `island_species_counts` should be the three species; got {list(value.columns)}.'
    numbers = value.to_numpy(dtype=float)
    assert not np.isnan(numbers).any(), '`island_species_counts` contains missing values: a species never seen on an island counts 0.'
    assert (numbers >= 0).all() and (numbers == np.round(numbers)).all(), '`island_species_counts` should hold counts (whole numbers >= 0).'

