import { createRequire as __elbIrCreateRequire } from 'node:module'; const require = __elbIrCreateRequire(import.meta.url);
import {
  runPlanJob
} from "./chunks/chunk-K4PTZFXW.js";
import "./chunks/chunk-6BTX74DO.js";
import "./chunks/chunk-XQ7U6TYO.js";
import "./chunks/chunk-MML4BPFQ.js";
import "./chunks/chunk-VVDX2ENP.js";

// src/worker.ts
import { parentPort } from "node:worker_threads";
parentPort?.on("message", async (message) => {
  const outcome = await runPlanJob(message.job);
  parentPort?.postMessage({ index: message.index, outcome });
});
