from otter.test_files import test_case

OK_FORMAT = False

name = "q2"
points = 2

@test_case(points=None, hidden=False)
def test_complete_form(complete):
    import pandas as pd
    assert complete is not None, '`complete` is not defined: run the cell where you set it.'
    assert complete is not ..., '`complete` is still `...`: replace it with your answer.'
    assert isinstance(complete, pd.DataFrame), f'`complete` should be a pandas DataFrame; got {type(complete).__name__}.'
    wanted = ['species', 'island', 'bill_length_mm', 'bill_depth_mm', 'flipper_length_mm', 'body_mass_g', 'sex', 'year']
    assert list(complete.columns) == wanted, f'`complete` should keep the eight columns of `penguins` {wanted}; got {list(complete.columns)}.'
    gaps = complete.isna().sum()
    gaps = gaps[gaps > 0]
    assert gaps.empty, f'`complete` still contains missing values (NaN) in: {gaps.to_dict()}. Drop or fill them as the task says.'

