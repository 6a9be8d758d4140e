from otter.test_files import test_case

OK_FORMAT = False

name = "q1"
points = 2

@test_case(points=None, hidden=False)
def test_long_flippers_form(long_flippers):
    import pandas as pd
    from palmerpenguins import load_penguins
    assert long_flippers is not None, '`long_flippers` is not defined: run the cell where you set it.'
    assert long_flippers is not ..., '`long_flippers` is still `...`: replace it with your answer.'
    assert isinstance(long_flippers, pd.DataFrame), f'`long_flippers` should be a pandas DataFrame; got {type(long_flippers).__name__}.'
    wanted = ['species', 'sex', 'flipper_length_mm', 'body_mass_g']
    assert list(long_flippers.columns) == wanted, f'`long_flippers` should have the columns {wanted}, in that order; got {list(long_flippers.columns)}.'
    assert 0 < len(long_flippers) < 344, f'`long_flippers` should hold some but not all of the 344 penguins; got {len(long_flippers)} rows.'
    labels = load_penguins().index
    assert long_flippers.index.isin(labels).all() and long_flippers.index.is_unique, 'The row labels of `long_flippers` should be the original, unique row labels of `penguins`: select with `loc` and do not reset the index.'
    assert not long_flippers['flipper_length_mm'].isna().any(), '`long_flippers` contains NaN flipper lengths: a bird without a measured flipper cannot be at least 200 mm.'

