# llmstash: slim, non-root, with tiktoken encodings baked in at build time.
FROM python:3.11-slim

# listen on every interface (a container's loopback is its own); the port is the default
# 8080 unless LLMSTASH_PORT or the config file says otherwise (the health check follows
# LLMSTASH_PORT): no flags in the entry point, so neither is overridden
ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    TIKTOKEN_CACHE_DIR=/opt/tiktoken \
    LLMSTASH_HOST=0.0.0.0

WORKDIR /app
COPY pyproject.toml README.md ./
COPY proxy ./proxy
COPY policies ./policies
COPY config ./config
RUN pip install --no-cache-dir ".[fast]" \
 && python -c "import tiktoken; [tiktoken.get_encoding(n) for n in ('cl100k_base', 'o200k_base')]" \
 && useradd --system --uid 10001 --home-dir /app llmstash \
 && chmod -R a+rX /opt/tiktoken

USER llmstash
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=3s --start-period=5s --retries=3 \
  CMD python -c "import os,urllib.request,sys; url='http://127.0.0.1:%s/healthz' % os.environ.get('LLMSTASH_PORT', '8080'); sys.exit(0 if urllib.request.urlopen(url, timeout=2).status == 200 else 1)"
ENTRYPOINT ["llmstash", "serve"]
