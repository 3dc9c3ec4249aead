import socket

import numpy as np

from parley.embed import MODEL_NAME, HashingEmbedder, MiniLM, model_folder


def test_the_fake_is_deterministic_and_unit_length():
    fake = HashingEmbedder()
    first, second = fake.encode(["Both sides agreed.", "Both sides agreed."]), fake.encode(["Both sides agreed."])
    assert np.allclose(first[0], second[0]) and np.allclose(np.linalg.norm(first, axis=1), 1)
    assert fake.encode([]).shape == (0, 64)


def test_the_real_model_loads_from_its_package_with_the_network_blocked(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("the model tried to reach the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    model = MiniLM()
    vectors = model.encode(["Both sides agreed to exchange 1,200 prisoners each.",
                            "Russia and Ukraine agreed to swap 1,000 prisoners of war each.",
                            "The weather in the city was hot and dry."])
    assert vectors.shape == (3, 384) and vectors.dtype == np.float32
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1, atol=1e-5)
    similar, unrelated = vectors[0] @ vectors[1], vectors[0] @ vectors[2]
    assert similar > 0.5 > unrelated
    assert model.name == MODEL_NAME and model_folder().endswith("model")
