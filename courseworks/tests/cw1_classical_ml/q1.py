from otter.test_files import test_case

OK_FORMAT = False

name = "q1"
points = 4

@test_case(points=None, hidden=False)
def test_missing_form(missing_per_column):
    import numpy as np
    import pandas as pd
    value = missing_per_column
    assert value is not None, '`missing_per_column` is not defined: run the cell where you set it.'
    unreadable = type(value).__name__ == 'Unreadable'
    assert value is not ... and (not (unreadable and 'ellipsis' in repr(value))), '`missing_per_column` is still `...`: replace it with your answer.'
    assert not unreadable, f'`missing_per_column` could not be read for grading ({value!r}): it should be a pandas Series.'
    assert isinstance(value, pd.Series), f'`missing_per_column` should be a pandas Series; got {type(value).__name__}.'
    columns = ['species', 'island', 'bill_length_mm', 'bill_depth_mm', 'flipper_length_mm', 'body_mass_g', 'sex', 'year']
    assert len(value) == len(columns), f'`missing_per_column` should have one entry per column of `penguins` ({len(columns)}); got {len(value)}. Did you count along the rows instead?'
    assert [str(c) for c in value.index] == columns, f'`missing_per_column` should be indexed by the column names {columns}; got {list(value.index)}.'
    assert value.dtype != bool, '`missing_per_column` holds True/False: count the missing values instead.'
    numbers = np.asarray(value, dtype=float)
    assert np.isfinite(numbers).all() and (numbers >= 0).all() and (numbers == np.round(numbers)).all(), f'`missing_per_column` should hold counts (whole numbers >= 0); got {numbers.tolist()}.'

