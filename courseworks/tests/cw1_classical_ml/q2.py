from otter.test_files import test_case

OK_FORMAT = False

name = "q2"
points = 6

@test_case(points=None, hidden=False)
def test_clean_form(penguins_clean):
    import pandas as pd
    value = penguins_clean
    assert value is not None, '`penguins_clean` is not defined: run the cell where you set it.'
    unreadable = type(value).__name__ == 'Unreadable'
    assert value is not ... and (not (unreadable and 'ellipsis' in repr(value))), '`penguins_clean` is still `...`: replace it with your answer.'
    assert not unreadable, f'`penguins_clean` could not be read for grading ({value!r}): it should be a pandas DataFrame.'
    assert isinstance(value, pd.DataFrame), f'`penguins_clean` should be a pandas DataFrame; got {type(value).__name__}.'
    columns = ['species', 'island', 'bill_length_mm', 'bill_depth_mm', 'flipper_length_mm', 'body_mass_g', 'sex', 'year', 'bill_ratio']
    assert [str(c) for c in value.columns] == columns, f'`penguins_clean` should have the columns {columns}; got {list(value.columns)}.'
    missing = [c for c in columns if value[c].isna().any()]
    assert not missing, f'`penguins_clean` still has missing values in {missing}: drop the rows that were never measured and fill in a missing sex.'
    assert list(value.index) == list(range(len(value))), 'the index of `penguins_clean` should run 0, 1, 2, ... without gaps: renumber the rows after dropping some.'

