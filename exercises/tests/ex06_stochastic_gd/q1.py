from otter.test_files import test_case

OK_FORMAT = False

name = "q1"
points = 2

@test_case(points=None, hidden=False)
def test_learning_schedule_form(learning_schedule):
    import numpy as np
    assert learning_schedule is not None, '`learning_schedule` is not defined: run the cell where you define it.'
    assert learning_schedule is not ..., '`learning_schedule` is still `...`: define it as a function.'
    assert callable(learning_schedule), f'`learning_schedule` should be a function; got a {type(learning_schedule).__name__}.'
    try:
        first = learning_schedule(0)
        rates = learning_schedule(np.arange(5))
    except ZeroDivisionError:
        raise AssertionError('`learning_schedule(0)` divides by zero: do you divide by t? Remember that t is 0 at the first update.') from None
    except Exception as err:
        raise AssertionError(f'calling `learning_schedule` raised {type(err).__name__}: {err}. It must accept t = 0 and an array of t.') from None
    assert first is not None, '`learning_schedule(0)` returned None: replace the `...` with `return <formula>`.'
    assert np.ndim(first) == 0, f'`learning_schedule(0)` should return one number; got shape {np.shape(first)}.'
    assert np.isfinite(float(first)), '`learning_schedule(0)` is NaN or infinite: do you divide by t? Remember that t is 0 at the first update.'
    rates = np.asarray(rates, dtype=float)
    assert rates.shape == (5,), f'`learning_schedule(np.arange(5))` should return 5 rates, one per update; got shape {rates.shape}.'
    assert np.isfinite(rates).all(), '`learning_schedule(np.arange(5))` contains NaN or inf.'
    assert (rates > 0).all(), 'learning rates must be positive.'

