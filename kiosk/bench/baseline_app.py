"""The bare framework, for comparison: FastAPI on uvicorn answering a constant."""

from fastapi import FastAPI

app = FastAPI()


@app.post("/")
async def constant() -> dict[str, str]:
    return {"status": "ok"}
