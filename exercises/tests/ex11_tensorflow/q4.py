from otter.test_files import test_case

OK_FORMAT = False

name = "q4"
points = 3

@test_case(points=None, hidden=False)
def test_make_dataset_form(make_dataset):
    import numpy as np
    import tensorflow as tf
    assert make_dataset is not None, '`make_dataset` is not defined: run the cell where you define it.'
    assert make_dataset is not ..., '`make_dataset` is still `...`: define it as a function.'
    assert callable(make_dataset), f'`make_dataset` should be a function, got {type(make_dataset).__name__}.'
    images = np.zeros((10, 28, 28), dtype=np.uint8)
    labels = np.arange(10) % 3
    try:
        dataset = make_dataset(images, labels, 4)
    except Exception as err:
        raise AssertionError(f'`make_dataset` raised {type(err).__name__} ({err}) for 10 images.') from None
    assert dataset is not None, '`make_dataset` returns None: return the dataset.'
    assert isinstance(dataset, tf.data.Dataset), f'`make_dataset` should return a tf.data.Dataset, got {type(dataset).__name__}.'
    spec = dataset.element_spec
    assert isinstance(spec, tuple) and len(spec) == 2, 'each element should be a pair (X_batch, y_batch): build the dataset from (images, labels).'
    assert spec[0].dtype == tf.float32, f'the images should be float32, got {spec[0].dtype.name}: convert them with tf.cast inside map.'
    assert spec[0].shape.rank == 3 and tuple(spec[0].shape[1:]) == (28, 28), f'each element should hold a batch of 28x28 images, shape (batch, 28, 28); got {spec[0].shape}. Did you forget to batch?'

