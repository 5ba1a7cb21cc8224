# storywire worker/watcher image, for docker-compose users.
FROM python:3.11-slim
WORKDIR /app
COPY pyproject.toml README.md ./
COPY streams ./streams
COPY agents ./agents
RUN pip install --no-cache-dir .
ENTRYPOINT ["storywire"]
CMD ["worker", "-l", "info"]
