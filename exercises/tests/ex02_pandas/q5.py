from otter.test_files import test_case

OK_FORMAT = False

name = "q5"
points = 2

@test_case(points=None, hidden=False)
def test_with_season_form(with_season):
    import pandas as pd
    assert with_season is not None, '`with_season` is not defined: run the cell where you set it.'
    assert with_season is not ..., '`with_season` is still `...`: replace it with your answer.'
    assert isinstance(with_season, pd.DataFrame), f'`with_season` should be a pandas DataFrame; got {type(with_season).__name__}.'
    wanted = ['species', 'island', 'bill_length_mm', 'bill_depth_mm', 'flipper_length_mm', 'body_mass_g', 'sex', 'year', 'study_name', 'season']
    missing = [c for c in wanted if c not in with_season.columns]
    extra = [c for c in with_season.columns if c not in wanted]
    assert not missing and (not extra), f'`with_season` should have the columns {wanted}; missing {missing}, unexpected {extra}.'
    assert len(with_season) == 344, f'`with_season` should have 344 rows, one per penguin; got {len(with_season)}. Merge on the year columns with a left merge.'
    assert not with_season['study_name'].isna().any(), f"`study_name` is missing (NaN) for {int(with_season['study_name'].isna().sum())} penguins: match `year` in `penguins` with `season_start` in `seasons`."

