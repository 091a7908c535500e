// The summary's Print button (no inline script: the pages' policy forbids it).
document.getElementById("print")?.addEventListener("click", () => window.print());
