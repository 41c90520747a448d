import { createRequire as __elbIrCreateRequire } from 'node:module'; const require = __elbIrCreateRequire(import.meta.url);
import {
  require_light
} from "./chunk-V53GZPJP.js";
import "./chunk-6OPV4GPF.js";
export default require_light();
