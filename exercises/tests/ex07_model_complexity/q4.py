from otter.test_files import test_case

OK_FORMAT = False

name = "q4"
points = 3

@test_case(points=None, hidden=False)
def test_reading_form(m_needed, gap_at_50, sigma_estimate, curves):
    import numbers
    import numpy as np
    assert curves is not None, '`curves` is not defined: run the cell that computes the learning curves.'
    for name, value in [('m_needed', m_needed), ('gap_at_50', gap_at_50), ('sigma_estimate', sigma_estimate)]:
        assert value is not None, f'`{name}` is not defined: run the cell where you set it.'
        assert value is not ..., f'`{name}` is still `...`: replace it with your answer.'
        assert isinstance(value, numbers.Real), f'`{name}` should be a number; got {type(value).__name__}.'
        assert np.isfinite(value), f'`{name}` is NaN or inf.'
    assert float(m_needed).is_integer() and int(m_needed) in list(curves.index), f'`m_needed` should be one of the training sizes in the table, {list(curves.index)}; got {m_needed!r}.'
    assert sigma_estimate > 0, '`sigma_estimate` should be positive: it is an average of two errors.'

