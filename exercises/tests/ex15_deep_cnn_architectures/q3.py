from otter.test_files import test_case

OK_FORMAT = False

name = "q3"
points = 3

@test_case(points=None, hidden=False)
def test_residual_block_form(residual_block):
    import keras
    assert residual_block is not None, '`residual_block` is not defined: run the cell where you define it.'
    assert residual_block is not ..., '`residual_block` is still `...`: define it as a function.'
    assert callable(residual_block), f'`residual_block` should be a function, got {type(residual_block).__name__}.'
    inputs = keras.Input(shape=(8, 8, 16))
    try:
        outputs = residual_block(inputs, 32, strides=2)
    except Exception as err:
        raise AssertionError(f'`residual_block(x, 32, strides=2)` on an 8x8x16 input raised {type(err).__name__}: {str(err)[:200]}. When the stride or the number of channels changes, x and the main path have different shapes: project the shortcut with a strided 1x1 convolution before adding.') from None
    assert outputs is not None, '`residual_block` returns None: return the output tensor of the block.'
    assert hasattr(outputs, 'shape'), f'`residual_block` should return a Keras tensor, got {type(outputs).__name__}.'
    assert tuple(outputs.shape) == (None, 4, 4, 32), f'with 32 filters and stride 2, an 8x8x16 input should give shape (None, 4, 4, 32); got {tuple(outputs.shape)}.'

