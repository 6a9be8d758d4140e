from otter.test_files import test_case

OK_FORMAT = False

name = "q3"
points = 6

@test_case(points=None, hidden=False)
def test_mass_form(mass_by_species_sex):
    import numpy as np
    import pandas as pd
    value = mass_by_species_sex
    assert value is not None, '`mass_by_species_sex` is not defined: run the cell where you set it.'
    unreadable = type(value).__name__ == 'Unreadable'
    assert value is not ... and (not (unreadable and 'ellipsis' in repr(value))), '`mass_by_species_sex` is still `...`: replace it with your answer.'
    assert not unreadable, f'`mass_by_species_sex` could not be read for grading ({value!r}): it should be a pandas DataFrame with rows species and columns sex (a Series with two index levels is not).'
    assert isinstance(value, pd.DataFrame), f'`mass_by_species_sex` should be a pandas DataFrame (rows species, columns sex); got {type(value).__name__}.'
    assert sorted((str(c) for c in value.columns)) == ['female', 'male'], f"the columns of `mass_by_species_sex` should be the two sexes 'female' and 'male'; got {list(value.columns)}. Leave out the birds of unknown sex."
    assert sorted((str(i) for i in value.index)) == ['Adelie', 'Chinstrap', 'Gentoo'], f'the rows of `mass_by_species_sex` should be the three species; got {list(value.index)}.'
    numbers = value.to_numpy(dtype=float)
    assert np.isfinite(numbers).all(), '`mass_by_species_sex` contains NaN or inf.'
    assert ((numbers > 1000) & (numbers < 10000)).all(), f'`mass_by_species_sex` should hold body masses in grams (thousands); got {numbers.round(1).tolist()}.'

