import { createRequire as __elbIrCreateRequire } from 'node:module'; const require = __elbIrCreateRequire(import.meta.url);
import {
  runPlanJob
} from "./chunks/chunk-QAKHNSGY.js";
import "./chunks/chunk-7QMAW5TO.js";
import "./chunks/chunk-VVDX2ENP.js";

// src/worker.ts
import { parentPort } from "node:worker_threads";
parentPort?.on("message", async (message) => {
  const outcome = await runPlanJob(message.job);
  parentPort?.postMessage({ index: message.index, outcome });
});
