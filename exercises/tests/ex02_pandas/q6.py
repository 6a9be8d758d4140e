from otter.test_files import test_case

OK_FORMAT = False

name = "q6"
points = 1

@test_case(points=None, hidden=False)
def test_alignment_form(n_labels, n_missing, gentoo_sum):
    import numbers
    import numpy as np
    for name, value in [('n_labels', n_labels), ('n_missing', n_missing), ('gentoo_sum', gentoo_sum)]:
        assert value is not None, f'`{name}` is not defined: run the cell where you set it.'
        assert value is not ..., f'`{name}` is still `...`: replace it with your answer.'
    for name, value in [('n_labels', n_labels), ('n_missing', n_missing)]:
        assert isinstance(value, numbers.Integral) and (not isinstance(value, bool)), f'`{name}` should be a whole number (int); got {value!r} of type {type(value).__name__}.'
        assert value >= 0, f'`{name}` counts entries, so it cannot be negative; got {value}.'
    assert isinstance(gentoo_sum, numbers.Real) and (not isinstance(gentoo_sum, bool)), f'`gentoo_sum` should be a number; got {gentoo_sum!r} of type {type(gentoo_sum).__name__}.'
    assert np.isfinite(gentoo_sum), '`gentoo_sum` is NaN or inf: Gentoo is a label of both `a` and `b`.'
    assert n_missing <= n_labels, f'`n_missing` ({n_missing}) cannot be larger than the number of entries `n_labels` ({n_labels}).'

