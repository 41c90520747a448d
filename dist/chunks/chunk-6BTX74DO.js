import { createRequire as __elbIrCreateRequire } from 'node:module'; const require = __elbIrCreateRequire(import.meta.url);

// src/util/inside.ts
import { realpathSync } from "node:fs";
import path from "node:path";
function isWithin(outer, inner) {
  const rel = path.relative(outer, inner);
  return rel === "" || !rel.startsWith("..") && !path.isAbsolute(rel);
}
function realPath(file) {
  try {
    return realpathSync(file);
  } catch {
    return null;
  }
}
function staysInside(root, file) {
  const rootReal = realPath(root) ?? path.resolve(root);
  const fileReal = realPath(file);
  return fileReal !== null && isWithin(rootReal, fileReal);
}
function shownPath(root, file) {
  const absolute = path.resolve(root, file);
  return isWithin(path.resolve(root), absolute) ? path.relative(path.resolve(root), absolute).split(path.sep).join("/") || "." : file;
}
function toPosix(p) {
  return p.split(path.sep).join("/");
}
function relativeBelow(root, file) {
  const rel = path.relative(path.resolve(root), path.resolve(file));
  return rel !== "" && rel !== ".." && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel) ? toPosix(rel) : null;
}

// src/generated/validators.js
var validatePlan = validate10;
var schema14 = { "type": "object", "required": ["address", "type", "name", "change"], "properties": { "address": { "type": "string" }, "module_address": { "type": "string" }, "mode": { "type": "string" }, "type": { "type": "string" }, "name": { "type": "string" }, "index": { "type": ["integer", "string"] }, "deposed": { "type": "string" }, "change": { "type": "object", "required": ["actions"], "properties": { "actions": { "type": "array", "items": { "type": "string" } } } } } };
var schema13 = { "type": "object", "properties": { "address": { "type": "string" }, "resources": { "type": "array", "items": { "type": "object", "required": ["address", "type", "name"], "properties": { "address": { "type": "string" }, "mode": { "type": "string" }, "type": { "type": "string" }, "name": { "type": "string" }, "index": { "type": ["integer", "string"] }, "values": { "type": ["object", "null"] } } } }, "child_modules": { "type": "array", "items": { "$ref": "#/definitions/moduleValues" } } } };
var wrapper0 = { validate: validate12 };
function validate12(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.address !== void 0) {
      if (typeof data.address !== "string") {
        const err0 = { instancePath: instancePath + "/address", schemaPath: "#/properties/address/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.resources !== void 0) {
      let data1 = data.resources;
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
            if (data2.address === void 0) {
              const err1 = { instancePath: instancePath + "/resources/" + i0, schemaPath: "#/properties/resources/items/required", keyword: "required", params: { missingProperty: "address" }, message: "must have required property 'address'" };
              if (vErrors === null) {
                vErrors = [err1];
              } else {
                vErrors.push(err1);
              }
              errors++;
            }
            if (data2.type === void 0) {
              const err2 = { instancePath: instancePath + "/resources/" + i0, schemaPath: "#/properties/resources/items/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'" };
              if (vErrors === null) {
                vErrors = [err2];
              } else {
                vErrors.push(err2);
              }
              errors++;
            }
            if (data2.name === void 0) {
              const err3 = { instancePath: instancePath + "/resources/" + i0, schemaPath: "#/properties/resources/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
            if (data2.address !== void 0) {
              if (typeof data2.address !== "string") {
                const err4 = { instancePath: instancePath + "/resources/" + i0 + "/address", schemaPath: "#/properties/resources/items/properties/address/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err4];
                } else {
                  vErrors.push(err4);
                }
                errors++;
              }
            }
            if (data2.mode !== void 0) {
              if (typeof data2.mode !== "string") {
                const err5 = { instancePath: instancePath + "/resources/" + i0 + "/mode", schemaPath: "#/properties/resources/items/properties/mode/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err5];
                } else {
                  vErrors.push(err5);
                }
                errors++;
              }
            }
            if (data2.type !== void 0) {
              if (typeof data2.type !== "string") {
                const err6 = { instancePath: instancePath + "/resources/" + i0 + "/type", schemaPath: "#/properties/resources/items/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err6];
                } else {
                  vErrors.push(err6);
                }
                errors++;
              }
            }
            if (data2.name !== void 0) {
              if (typeof data2.name !== "string") {
                const err7 = { instancePath: instancePath + "/resources/" + i0 + "/name", schemaPath: "#/properties/resources/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err7];
                } else {
                  vErrors.push(err7);
                }
                errors++;
              }
            }
            if (data2.index !== void 0) {
              let data7 = data2.index;
              if (!(typeof data7 == "number" && (!(data7 % 1) && !isNaN(data7))) && typeof data7 !== "string") {
                const err8 = { instancePath: instancePath + "/resources/" + i0 + "/index", schemaPath: "#/properties/resources/items/properties/index/type", keyword: "type", params: { type: schema13.properties.resources.items.properties.index.type }, message: "must be integer,string" };
                if (vErrors === null) {
                  vErrors = [err8];
                } else {
                  vErrors.push(err8);
                }
                errors++;
              }
            }
            if (data2.values !== void 0) {
              let data8 = data2.values;
              if (!(data8 && typeof data8 == "object" && !Array.isArray(data8)) && data8 !== null) {
                const err9 = { instancePath: instancePath + "/resources/" + i0 + "/values", schemaPath: "#/properties/resources/items/properties/values/type", keyword: "type", params: { type: schema13.properties.resources.items.properties.values.type }, message: "must be object,null" };
                if (vErrors === null) {
                  vErrors = [err9];
                } else {
                  vErrors.push(err9);
                }
                errors++;
              }
            }
          } else {
            const err10 = { instancePath: instancePath + "/resources/" + i0, schemaPath: "#/properties/resources/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
      } else {
        const err11 = { instancePath: instancePath + "/resources", schemaPath: "#/properties/resources/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.child_modules !== void 0) {
      let data9 = data.child_modules;
      if (Array.isArray(data9)) {
        const len1 = data9.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (!wrapper0.validate(data9[i1], { instancePath: instancePath + "/child_modules/" + i1, parentData: data9, parentDataProperty: i1, rootData })) {
            vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err12 = { instancePath: instancePath + "/child_modules", schemaPath: "#/properties/child_modules/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
  } else {
    const err13 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err13];
    } else {
      vErrors.push(err13);
    }
    errors++;
  }
  validate12.errors = vErrors;
  return errors === 0;
}
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.root_module !== void 0) {
      if (!validate12(data.root_module, { instancePath: instancePath + "/root_module", parentData: data, parentDataProperty: "root_module", rootData })) {
        vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate11.errors = vErrors;
  return errors === 0;
}
var wrapper1 = { validate: validate16 };
function validate16(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.resources !== void 0) {
      let data0 = data.resources;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
            if (data1.address === void 0) {
              const err0 = { instancePath: instancePath + "/resources/" + i0, schemaPath: "#/properties/resources/items/required", keyword: "required", params: { missingProperty: "address" }, message: "must have required property 'address'" };
              if (vErrors === null) {
                vErrors = [err0];
              } else {
                vErrors.push(err0);
              }
              errors++;
            }
            if (data1.type === void 0) {
              const err1 = { instancePath: instancePath + "/resources/" + i0, schemaPath: "#/properties/resources/items/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'" };
              if (vErrors === null) {
                vErrors = [err1];
              } else {
                vErrors.push(err1);
              }
              errors++;
            }
            if (data1.name === void 0) {
              const err2 = { instancePath: instancePath + "/resources/" + i0, schemaPath: "#/properties/resources/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
              if (vErrors === null) {
                vErrors = [err2];
              } else {
                vErrors.push(err2);
              }
              errors++;
            }
            if (data1.address !== void 0) {
              if (typeof data1.address !== "string") {
                const err3 = { instancePath: instancePath + "/resources/" + i0 + "/address", schemaPath: "#/properties/resources/items/properties/address/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err3];
                } else {
                  vErrors.push(err3);
                }
                errors++;
              }
            }
            if (data1.mode !== void 0) {
              if (typeof data1.mode !== "string") {
                const err4 = { instancePath: instancePath + "/resources/" + i0 + "/mode", schemaPath: "#/properties/resources/items/properties/mode/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err4];
                } else {
                  vErrors.push(err4);
                }
                errors++;
              }
            }
            if (data1.type !== void 0) {
              if (typeof data1.type !== "string") {
                const err5 = { instancePath: instancePath + "/resources/" + i0 + "/type", schemaPath: "#/properties/resources/items/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err5];
                } else {
                  vErrors.push(err5);
                }
                errors++;
              }
            }
            if (data1.name !== void 0) {
              if (typeof data1.name !== "string") {
                const err6 = { instancePath: instancePath + "/resources/" + i0 + "/name", schemaPath: "#/properties/resources/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err6];
                } else {
                  vErrors.push(err6);
                }
                errors++;
              }
            }
            if (data1.provider_config_key !== void 0) {
              if (typeof data1.provider_config_key !== "string") {
                const err7 = { instancePath: instancePath + "/resources/" + i0 + "/provider_config_key", schemaPath: "#/properties/resources/items/properties/provider_config_key/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err7];
                } else {
                  vErrors.push(err7);
                }
                errors++;
              }
            }
            if (data1.expressions !== void 0) {
              let data7 = data1.expressions;
              if (!(data7 && typeof data7 == "object" && !Array.isArray(data7))) {
                const err8 = { instancePath: instancePath + "/resources/" + i0 + "/expressions", schemaPath: "#/properties/resources/items/properties/expressions/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err8];
                } else {
                  vErrors.push(err8);
                }
                errors++;
              }
            }
            if (data1.depends_on !== void 0) {
              let data8 = data1.depends_on;
              if (Array.isArray(data8)) {
                const len1 = data8.length;
                for (let i1 = 0; i1 < len1; i1++) {
                  if (typeof data8[i1] !== "string") {
                    const err9 = { instancePath: instancePath + "/resources/" + i0 + "/depends_on/" + i1, schemaPath: "#/properties/resources/items/properties/depends_on/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err9];
                    } else {
                      vErrors.push(err9);
                    }
                    errors++;
                  }
                }
              } else {
                const err10 = { instancePath: instancePath + "/resources/" + i0 + "/depends_on", schemaPath: "#/properties/resources/items/properties/depends_on/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
            }
          } else {
            const err11 = { instancePath: instancePath + "/resources/" + i0, schemaPath: "#/properties/resources/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
      } else {
        const err12 = { instancePath: instancePath + "/resources", schemaPath: "#/properties/resources/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.module_calls !== void 0) {
      let data10 = data.module_calls;
      if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
        for (const key0 in data10) {
          let data11 = data10[key0];
          if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
            if (data11.source !== void 0) {
              if (typeof data11.source !== "string") {
                const err13 = { instancePath: instancePath + "/module_calls/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/source", schemaPath: "#/properties/module_calls/additionalProperties/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
            }
            if (data11.expressions !== void 0) {
              let data13 = data11.expressions;
              if (!(data13 && typeof data13 == "object" && !Array.isArray(data13))) {
                const err14 = { instancePath: instancePath + "/module_calls/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/expressions", schemaPath: "#/properties/module_calls/additionalProperties/properties/expressions/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
            }
            if (data11.depends_on !== void 0) {
              let data14 = data11.depends_on;
              if (Array.isArray(data14)) {
                const len2 = data14.length;
                for (let i2 = 0; i2 < len2; i2++) {
                  if (typeof data14[i2] !== "string") {
                    const err15 = { instancePath: instancePath + "/module_calls/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/depends_on/" + i2, schemaPath: "#/properties/module_calls/additionalProperties/properties/depends_on/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err15];
                    } else {
                      vErrors.push(err15);
                    }
                    errors++;
                  }
                }
              } else {
                const err16 = { instancePath: instancePath + "/module_calls/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/depends_on", schemaPath: "#/properties/module_calls/additionalProperties/properties/depends_on/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err16];
                } else {
                  vErrors.push(err16);
                }
                errors++;
              }
            }
            if (data11.module !== void 0) {
              if (!wrapper1.validate(data11.module, { instancePath: instancePath + "/module_calls/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/module", parentData: data11, parentDataProperty: "module", rootData })) {
                vErrors = vErrors === null ? wrapper1.validate.errors : vErrors.concat(wrapper1.validate.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err17 = { instancePath: instancePath + "/module_calls/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/module_calls/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
      } else {
        const err18 = { instancePath: instancePath + "/module_calls", schemaPath: "#/properties/module_calls/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.outputs !== void 0) {
      let data17 = data.outputs;
      if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
        for (const key1 in data17) {
          let data18 = data17[key1];
          if (!(data18 && typeof data18 == "object" && !Array.isArray(data18))) {
            const err19 = { instancePath: instancePath + "/outputs/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/outputs/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
      } else {
        const err20 = { instancePath: instancePath + "/outputs", schemaPath: "#/properties/outputs/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.variables !== void 0) {
      let data19 = data.variables;
      if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
        for (const key2 in data19) {
          let data20 = data19[key2];
          if (!(data20 && typeof data20 == "object" && !Array.isArray(data20))) {
            const err21 = { instancePath: instancePath + "/variables/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/variables/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
      } else {
        const err22 = { instancePath: instancePath + "/variables", schemaPath: "#/properties/variables/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
  } else {
    const err23 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err23];
    } else {
      vErrors.push(err23);
    }
    errors++;
  }
  validate16.errors = vErrors;
  return errors === 0;
}
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.format_version === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "format_version" }, message: "must have required property 'format_version'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.format_version !== void 0) {
      if (typeof data.format_version !== "string") {
        const err1 = { instancePath: instancePath + "/format_version", schemaPath: "#/properties/format_version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.terraform_version !== void 0) {
      if (typeof data.terraform_version !== "string") {
        const err2 = { instancePath: instancePath + "/terraform_version", schemaPath: "#/properties/terraform_version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.variables !== void 0) {
      let data2 = data.variables;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        for (const key0 in data2) {
          let data3 = data2[key0];
          if (!(data3 && typeof data3 == "object" && !Array.isArray(data3))) {
            const err3 = { instancePath: instancePath + "/variables/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/variables/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
      } else {
        const err4 = { instancePath: instancePath + "/variables", schemaPath: "#/properties/variables/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.planned_values !== void 0) {
      if (!validate11(data.planned_values, { instancePath: instancePath + "/planned_values", parentData: data, parentDataProperty: "planned_values", rootData })) {
        vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
        errors = vErrors.length;
      }
    }
    if (data.prior_state !== void 0) {
      let data5 = data.prior_state;
      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
        if (data5.values !== void 0) {
          if (!validate11(data5.values, { instancePath: instancePath + "/prior_state/values", parentData: data5, parentDataProperty: "values", rootData })) {
            vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err5 = { instancePath: instancePath + "/prior_state", schemaPath: "#/properties/prior_state/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.resource_changes !== void 0) {
      let data7 = data.resource_changes;
      if (Array.isArray(data7)) {
        const len0 = data7.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data8 = data7[i0];
          if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
            if (data8.address === void 0) {
              const err6 = { instancePath: instancePath + "/resource_changes/" + i0, schemaPath: "#/definitions/resourceChange/required", keyword: "required", params: { missingProperty: "address" }, message: "must have required property 'address'" };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
            if (data8.type === void 0) {
              const err7 = { instancePath: instancePath + "/resource_changes/" + i0, schemaPath: "#/definitions/resourceChange/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'" };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
            if (data8.name === void 0) {
              const err8 = { instancePath: instancePath + "/resource_changes/" + i0, schemaPath: "#/definitions/resourceChange/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
            if (data8.change === void 0) {
              const err9 = { instancePath: instancePath + "/resource_changes/" + i0, schemaPath: "#/definitions/resourceChange/required", keyword: "required", params: { missingProperty: "change" }, message: "must have required property 'change'" };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
            if (data8.address !== void 0) {
              if (typeof data8.address !== "string") {
                const err10 = { instancePath: instancePath + "/resource_changes/" + i0 + "/address", schemaPath: "#/definitions/resourceChange/properties/address/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
            }
            if (data8.module_address !== void 0) {
              if (typeof data8.module_address !== "string") {
                const err11 = { instancePath: instancePath + "/resource_changes/" + i0 + "/module_address", schemaPath: "#/definitions/resourceChange/properties/module_address/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
            }
            if (data8.mode !== void 0) {
              if (typeof data8.mode !== "string") {
                const err12 = { instancePath: instancePath + "/resource_changes/" + i0 + "/mode", schemaPath: "#/definitions/resourceChange/properties/mode/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
            }
            if (data8.type !== void 0) {
              if (typeof data8.type !== "string") {
                const err13 = { instancePath: instancePath + "/resource_changes/" + i0 + "/type", schemaPath: "#/definitions/resourceChange/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
            }
            if (data8.name !== void 0) {
              if (typeof data8.name !== "string") {
                const err14 = { instancePath: instancePath + "/resource_changes/" + i0 + "/name", schemaPath: "#/definitions/resourceChange/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
            }
            if (data8.index !== void 0) {
              let data14 = data8.index;
              if (!(typeof data14 == "number" && (!(data14 % 1) && !isNaN(data14))) && typeof data14 !== "string") {
                const err15 = { instancePath: instancePath + "/resource_changes/" + i0 + "/index", schemaPath: "#/definitions/resourceChange/properties/index/type", keyword: "type", params: { type: schema14.properties.index.type }, message: "must be integer,string" };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
            }
            if (data8.deposed !== void 0) {
              if (typeof data8.deposed !== "string") {
                const err16 = { instancePath: instancePath + "/resource_changes/" + i0 + "/deposed", schemaPath: "#/definitions/resourceChange/properties/deposed/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err16];
                } else {
                  vErrors.push(err16);
                }
                errors++;
              }
            }
            if (data8.change !== void 0) {
              let data16 = data8.change;
              if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
                if (data16.actions === void 0) {
                  const err17 = { instancePath: instancePath + "/resource_changes/" + i0 + "/change", schemaPath: "#/definitions/resourceChange/properties/change/required", keyword: "required", params: { missingProperty: "actions" }, message: "must have required property 'actions'" };
                  if (vErrors === null) {
                    vErrors = [err17];
                  } else {
                    vErrors.push(err17);
                  }
                  errors++;
                }
                if (data16.actions !== void 0) {
                  let data17 = data16.actions;
                  if (Array.isArray(data17)) {
                    const len1 = data17.length;
                    for (let i1 = 0; i1 < len1; i1++) {
                      if (typeof data17[i1] !== "string") {
                        const err18 = { instancePath: instancePath + "/resource_changes/" + i0 + "/change/actions/" + i1, schemaPath: "#/definitions/resourceChange/properties/change/properties/actions/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err18];
                        } else {
                          vErrors.push(err18);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err19 = { instancePath: instancePath + "/resource_changes/" + i0 + "/change/actions", schemaPath: "#/definitions/resourceChange/properties/change/properties/actions/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err19];
                    } else {
                      vErrors.push(err19);
                    }
                    errors++;
                  }
                }
              } else {
                const err20 = { instancePath: instancePath + "/resource_changes/" + i0 + "/change", schemaPath: "#/definitions/resourceChange/properties/change/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
            }
          } else {
            const err21 = { instancePath: instancePath + "/resource_changes/" + i0, schemaPath: "#/definitions/resourceChange/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
      } else {
        const err22 = { instancePath: instancePath + "/resource_changes", schemaPath: "#/properties/resource_changes/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.configuration !== void 0) {
      let data19 = data.configuration;
      if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
        if (data19.provider_config !== void 0) {
          let data20 = data19.provider_config;
          if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
            for (const key1 in data20) {
              let data21 = data20[key1];
              if (!(data21 && typeof data21 == "object" && !Array.isArray(data21))) {
                const err23 = { instancePath: instancePath + "/configuration/provider_config/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/configuration/properties/provider_config/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
            }
          } else {
            const err24 = { instancePath: instancePath + "/configuration/provider_config", schemaPath: "#/properties/configuration/properties/provider_config/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
        if (data19.root_module !== void 0) {
          if (!validate16(data19.root_module, { instancePath: instancePath + "/configuration/root_module", parentData: data19, parentDataProperty: "root_module", rootData })) {
            vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err25 = { instancePath: instancePath + "/configuration", schemaPath: "#/properties/configuration/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data.errored !== void 0) {
      if (typeof data.errored !== "boolean") {
        const err26 = { instancePath: instancePath + "/errored", schemaPath: "#/properties/errored/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
  } else {
    const err27 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err27];
    } else {
      vErrors.push(err27);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}
var validateConfig = validate18;
var schema16 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://elb-ir-check.dev/schema/config.json", "title": ".elb-ir.yml", "type": "object", "additionalProperties": false, "properties": { "rules": { "type": "object", "propertyNames": { "enum": ["ELBIR001", "ELBIR002", "ELBIR003", "ELBIR004", "ELBIR005", "ELBIR006", "ELBIR007", "ELBIR008", "ELBIR009"] }, "additionalProperties": { "anyOf": [{ "enum": ["off", "error", "warning", "notice"] }, { "type": "object", "additionalProperties": false, "properties": { "enabled": { "type": "boolean" }, "severity": { "enum": ["error", "warning", "notice"] } } }] } }, "logArchive": { "type": "object", "additionalProperties": false, "properties": { "buckets": { "type": "array", "items": { "type": "string", "pattern": "\\S" } }, "accounts": { "type": "array", "items": { "type": "string", "pattern": "^[0-9]{12}$" } } } }, "analysisTool": { "type": "string", "pattern": "\\S" }, "retentionDays": { "type": "integer", "minimum": 1 }, "organizationHealthMonitoring": { "type": "string", "pattern": "\\S" }, "playbooks": { "type": "array", "items": { "type": "string", "pattern": "\\S" } }, "exemptions": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["address", "rule", "reason"], "properties": { "address": { "type": "string", "pattern": "\\S" }, "rule": { "enum": ["ELBIR001", "ELBIR002", "ELBIR003", "ELBIR004", "ELBIR005", "ELBIR006", "ELBIR007", "ELBIR008", "ELBIR009"] }, "reason": { "type": "string", "pattern": "\\S" }, "expires": { "type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" } } } } } };
var pattern0 = new RegExp("\\S", "u");
var pattern1 = new RegExp("^[0-9]{12}$", "u");
var pattern7 = new RegExp("^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "u");
function validate18(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "rules" || key0 === "logArchive" || key0 === "analysisTool" || key0 === "retentionDays" || key0 === "organizationHealthMonitoring" || key0 === "playbooks" || key0 === "exemptions")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.rules !== void 0) {
      let data0 = data.rules;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        for (const key1 in data0) {
          const _errs4 = errors;
          if (!(key1 === "ELBIR001" || key1 === "ELBIR002" || key1 === "ELBIR003" || key1 === "ELBIR004" || key1 === "ELBIR005" || key1 === "ELBIR006" || key1 === "ELBIR007" || key1 === "ELBIR008" || key1 === "ELBIR009")) {
            const err1 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/propertyNames/enum", keyword: "enum", params: { allowedValues: schema16.properties.rules.propertyNames.enum }, message: "must be equal to one of the allowed values", propertyName: key1 };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
          var valid1 = _errs4 === errors;
          if (!valid1) {
            const err2 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid" };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
        for (const key2 in data0) {
          let data1 = data0[key2];
          const _errs7 = errors;
          let valid3 = false;
          const _errs8 = errors;
          if (!(data1 === "off" || data1 === "error" || data1 === "warning" || data1 === "notice")) {
            const err3 = { instancePath: instancePath + "/rules/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/rules/additionalProperties/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema16.properties.rules.additionalProperties.anyOf[0].enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
          var _valid0 = _errs8 === errors;
          valid3 = valid3 || _valid0;
          if (!valid3) {
            const _errs9 = errors;
            if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
              for (const key3 in data1) {
                if (!(key3 === "enabled" || key3 === "severity")) {
                  const err4 = { instancePath: instancePath + "/rules/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/rules/additionalProperties/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
                  if (vErrors === null) {
                    vErrors = [err4];
                  } else {
                    vErrors.push(err4);
                  }
                  errors++;
                }
              }
              if (data1.enabled !== void 0) {
                if (typeof data1.enabled !== "boolean") {
                  const err5 = { instancePath: instancePath + "/rules/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/enabled", schemaPath: "#/properties/rules/additionalProperties/anyOf/1/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                  if (vErrors === null) {
                    vErrors = [err5];
                  } else {
                    vErrors.push(err5);
                  }
                  errors++;
                }
              }
              if (data1.severity !== void 0) {
                let data3 = data1.severity;
                if (!(data3 === "error" || data3 === "warning" || data3 === "notice")) {
                  const err6 = { instancePath: instancePath + "/rules/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/severity", schemaPath: "#/properties/rules/additionalProperties/anyOf/1/properties/severity/enum", keyword: "enum", params: { allowedValues: schema16.properties.rules.additionalProperties.anyOf[1].properties.severity.enum }, message: "must be equal to one of the allowed values" };
                  if (vErrors === null) {
                    vErrors = [err6];
                  } else {
                    vErrors.push(err6);
                  }
                  errors++;
                }
              }
            } else {
              const err7 = { instancePath: instancePath + "/rules/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/rules/additionalProperties/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
            var _valid0 = _errs9 === errors;
            valid3 = valid3 || _valid0;
          }
          if (!valid3) {
            const err8 = { instancePath: instancePath + "/rules/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/rules/additionalProperties/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          } else {
            errors = _errs7;
            if (vErrors !== null) {
              if (_errs7) {
                vErrors.length = _errs7;
              } else {
                vErrors = null;
              }
            }
          }
        }
      } else {
        const err9 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.logArchive !== void 0) {
      let data4 = data.logArchive;
      if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
        for (const key4 in data4) {
          if (!(key4 === "buckets" || key4 === "accounts")) {
            const err10 = { instancePath: instancePath + "/logArchive", schemaPath: "#/properties/logArchive/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        if (data4.buckets !== void 0) {
          let data5 = data4.buckets;
          if (Array.isArray(data5)) {
            const len0 = data5.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data6 = data5[i0];
              if (typeof data6 === "string") {
                if (!pattern0.test(data6)) {
                  const err11 = { instancePath: instancePath + "/logArchive/buckets/" + i0, schemaPath: "#/properties/logArchive/properties/buckets/items/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' };
                  if (vErrors === null) {
                    vErrors = [err11];
                  } else {
                    vErrors.push(err11);
                  }
                  errors++;
                }
              } else {
                const err12 = { instancePath: instancePath + "/logArchive/buckets/" + i0, schemaPath: "#/properties/logArchive/properties/buckets/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
            }
          } else {
            const err13 = { instancePath: instancePath + "/logArchive/buckets", schemaPath: "#/properties/logArchive/properties/buckets/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data4.accounts !== void 0) {
          let data7 = data4.accounts;
          if (Array.isArray(data7)) {
            const len1 = data7.length;
            for (let i1 = 0; i1 < len1; i1++) {
              let data8 = data7[i1];
              if (typeof data8 === "string") {
                if (!pattern1.test(data8)) {
                  const err14 = { instancePath: instancePath + "/logArchive/accounts/" + i1, schemaPath: "#/properties/logArchive/properties/accounts/items/pattern", keyword: "pattern", params: { pattern: "^[0-9]{12}$" }, message: 'must match pattern "^[0-9]{12}$"' };
                  if (vErrors === null) {
                    vErrors = [err14];
                  } else {
                    vErrors.push(err14);
                  }
                  errors++;
                }
              } else {
                const err15 = { instancePath: instancePath + "/logArchive/accounts/" + i1, schemaPath: "#/properties/logArchive/properties/accounts/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
            }
          } else {
            const err16 = { instancePath: instancePath + "/logArchive/accounts", schemaPath: "#/properties/logArchive/properties/accounts/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
      } else {
        const err17 = { instancePath: instancePath + "/logArchive", schemaPath: "#/properties/logArchive/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.analysisTool !== void 0) {
      let data9 = data.analysisTool;
      if (typeof data9 === "string") {
        if (!pattern0.test(data9)) {
          const err18 = { instancePath: instancePath + "/analysisTool", schemaPath: "#/properties/analysisTool/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
      } else {
        const err19 = { instancePath: instancePath + "/analysisTool", schemaPath: "#/properties/analysisTool/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.retentionDays !== void 0) {
      let data10 = data.retentionDays;
      if (!(typeof data10 == "number" && (!(data10 % 1) && !isNaN(data10)))) {
        const err20 = { instancePath: instancePath + "/retentionDays", schemaPath: "#/properties/retentionDays/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
      if (typeof data10 == "number") {
        if (data10 < 1 || isNaN(data10)) {
          const err21 = { instancePath: instancePath + "/retentionDays", schemaPath: "#/properties/retentionDays/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
      }
    }
    if (data.organizationHealthMonitoring !== void 0) {
      let data11 = data.organizationHealthMonitoring;
      if (typeof data11 === "string") {
        if (!pattern0.test(data11)) {
          const err22 = { instancePath: instancePath + "/organizationHealthMonitoring", schemaPath: "#/properties/organizationHealthMonitoring/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
      } else {
        const err23 = { instancePath: instancePath + "/organizationHealthMonitoring", schemaPath: "#/properties/organizationHealthMonitoring/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.playbooks !== void 0) {
      let data12 = data.playbooks;
      if (Array.isArray(data12)) {
        const len2 = data12.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data13 = data12[i2];
          if (typeof data13 === "string") {
            if (!pattern0.test(data13)) {
              const err24 = { instancePath: instancePath + "/playbooks/" + i2, schemaPath: "#/properties/playbooks/items/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
            }
          } else {
            const err25 = { instancePath: instancePath + "/playbooks/" + i2, schemaPath: "#/properties/playbooks/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
      } else {
        const err26 = { instancePath: instancePath + "/playbooks", schemaPath: "#/properties/playbooks/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data.exemptions !== void 0) {
      let data14 = data.exemptions;
      if (Array.isArray(data14)) {
        const len3 = data14.length;
        for (let i3 = 0; i3 < len3; i3++) {
          let data15 = data14[i3];
          if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
            if (data15.address === void 0) {
              const err27 = { instancePath: instancePath + "/exemptions/" + i3, schemaPath: "#/properties/exemptions/items/required", keyword: "required", params: { missingProperty: "address" }, message: "must have required property 'address'" };
              if (vErrors === null) {
                vErrors = [err27];
              } else {
                vErrors.push(err27);
              }
              errors++;
            }
            if (data15.rule === void 0) {
              const err28 = { instancePath: instancePath + "/exemptions/" + i3, schemaPath: "#/properties/exemptions/items/required", keyword: "required", params: { missingProperty: "rule" }, message: "must have required property 'rule'" };
              if (vErrors === null) {
                vErrors = [err28];
              } else {
                vErrors.push(err28);
              }
              errors++;
            }
            if (data15.reason === void 0) {
              const err29 = { instancePath: instancePath + "/exemptions/" + i3, schemaPath: "#/properties/exemptions/items/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'" };
              if (vErrors === null) {
                vErrors = [err29];
              } else {
                vErrors.push(err29);
              }
              errors++;
            }
            for (const key5 in data15) {
              if (!(key5 === "address" || key5 === "rule" || key5 === "reason" || key5 === "expires")) {
                const err30 = { instancePath: instancePath + "/exemptions/" + i3, schemaPath: "#/properties/exemptions/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err30];
                } else {
                  vErrors.push(err30);
                }
                errors++;
              }
            }
            if (data15.address !== void 0) {
              let data16 = data15.address;
              if (typeof data16 === "string") {
                if (!pattern0.test(data16)) {
                  const err31 = { instancePath: instancePath + "/exemptions/" + i3 + "/address", schemaPath: "#/properties/exemptions/items/properties/address/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' };
                  if (vErrors === null) {
                    vErrors = [err31];
                  } else {
                    vErrors.push(err31);
                  }
                  errors++;
                }
              } else {
                const err32 = { instancePath: instancePath + "/exemptions/" + i3 + "/address", schemaPath: "#/properties/exemptions/items/properties/address/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err32];
                } else {
                  vErrors.push(err32);
                }
                errors++;
              }
            }
            if (data15.rule !== void 0) {
              let data17 = data15.rule;
              if (!(data17 === "ELBIR001" || data17 === "ELBIR002" || data17 === "ELBIR003" || data17 === "ELBIR004" || data17 === "ELBIR005" || data17 === "ELBIR006" || data17 === "ELBIR007" || data17 === "ELBIR008" || data17 === "ELBIR009")) {
                const err33 = { instancePath: instancePath + "/exemptions/" + i3 + "/rule", schemaPath: "#/properties/exemptions/items/properties/rule/enum", keyword: "enum", params: { allowedValues: schema16.properties.exemptions.items.properties.rule.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
                }
                errors++;
              }
            }
            if (data15.reason !== void 0) {
              let data18 = data15.reason;
              if (typeof data18 === "string") {
                if (!pattern0.test(data18)) {
                  const err34 = { instancePath: instancePath + "/exemptions/" + i3 + "/reason", schemaPath: "#/properties/exemptions/items/properties/reason/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' };
                  if (vErrors === null) {
                    vErrors = [err34];
                  } else {
                    vErrors.push(err34);
                  }
                  errors++;
                }
              } else {
                const err35 = { instancePath: instancePath + "/exemptions/" + i3 + "/reason", schemaPath: "#/properties/exemptions/items/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err35];
                } else {
                  vErrors.push(err35);
                }
                errors++;
              }
            }
            if (data15.expires !== void 0) {
              let data19 = data15.expires;
              if (typeof data19 === "string") {
                if (!pattern7.test(data19)) {
                  const err36 = { instancePath: instancePath + "/exemptions/" + i3 + "/expires", schemaPath: "#/properties/exemptions/items/properties/expires/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"' };
                  if (vErrors === null) {
                    vErrors = [err36];
                  } else {
                    vErrors.push(err36);
                  }
                  errors++;
                }
              } else {
                const err37 = { instancePath: instancePath + "/exemptions/" + i3 + "/expires", schemaPath: "#/properties/exemptions/items/properties/expires/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err37];
                } else {
                  vErrors.push(err37);
                }
                errors++;
              }
            }
          } else {
            const err38 = { instancePath: instancePath + "/exemptions/" + i3, schemaPath: "#/properties/exemptions/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          }
        }
      } else {
        const err39 = { instancePath: instancePath + "/exemptions", schemaPath: "#/properties/exemptions/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err39];
        } else {
          vErrors.push(err39);
        }
        errors++;
      }
    }
  } else {
    const err40 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err40];
    } else {
      vErrors.push(err40);
    }
    errors++;
  }
  validate18.errors = vErrors;
  return errors === 0;
}
var validateReport = validate19;
var schema17 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://elb-ir-check.dev/schema/report-v1.json", "type": "object", "additionalProperties": false, "required": ["schemaVersion", "tool", "plans", "loadBalancers", "results", "summary"], "properties": { "schemaVersion": { "const": 1 }, "tool": { "type": "object", "additionalProperties": false, "required": ["name", "version"], "properties": { "name": { "const": "elb-ir-check" }, "version": { "type": "string" } } }, "plans": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["path", "formatVersion", "terraformVersion"], "properties": { "path": { "type": "string" }, "formatVersion": { "type": "string" }, "terraformVersion": { "type": ["string", "null"] }, "repositoryPath": { "type": "string", "description": "The plan file's path relative to the repository root (or to the working folder, outside a repository); with digest, what identifies the plan when reports are merged." }, "digest": { "type": "string", "pattern": "^sha256:[0-9a-f]{64}$", "description": "The SHA-256 of the plan file's bytes." }, "kind": { "enum": ["plan", "state", "source"], "description": "What was judged: a plan (a change), a state (as it stands: every finding existing), or Terraform sources." } } } }, "loadBalancers": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["address", "type", "kind", "plan", "actions"], "properties": { "address": { "type": "string" }, "type": { "type": "string" }, "kind": { "enum": ["application", "network", "gateway", "classic"] }, "plan": { "type": "string" }, "actions": { "type": "array", "items": { "type": "string" } } } } }, "results": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["ruleId", "address", "plan", "verdict", "severity", "message", "location"], "properties": { "ruleId": { "type": "string", "pattern": "^ELBIR[0-9]{3}$" }, "address": { "type": ["string", "null"] }, "plan": { "type": "string" }, "verdict": { "enum": ["pass", "fail", "unknown", "not-applicable", "suppressed"] }, "severity": { "enum": ["error", "warning", "notice", null] }, "message": { "type": "string" }, "location": { "anyOf": [{ "type": "null" }, { "type": "object", "additionalProperties": false, "required": ["file", "line"], "properties": { "file": { "type": "string" }, "line": { "type": "integer", "minimum": 1 } } }] }, "fingerprint": { "type": "string", "pattern": "^[0-9a-f]{20}$", "description": "Stable identity of the finding across runs and wording (SARIF partialFingerprints, PR comment markers)." }, "summary": { "type": "object", "additionalProperties": false, "required": ["text", "arguments"], "description": "What the rule found, without rationale or fix: `text` with `{0}`, `{1}` \u2026 standing for the plan values in `arguments` (and `{{`, `}}` for braces), as SARIF writes messages.", "properties": { "text": { "type": "string" }, "arguments": { "type": "array", "items": { "type": "string" } } } }, "fix": { "type": "string", "description": "The fix as an HCL snippet." }, "lineFix": { "type": "string", "description": "The replacement for the line of the attribute at fault, when the fix is one line." }, "subject": { "description": "The resource and attribute at fault (part of the fingerprint); null when the finding is about the plan as a whole.", "anyOf": [{ "type": "null" }, { "type": "object", "additionalProperties": false, "required": ["address", "attribute"], "properties": { "address": { "type": "string" }, "attribute": { "type": "array", "items": { "type": ["string", "integer"] } } } }] }, "exactLocation": { "type": "boolean", "description": "The location is the attribute itself, not the enclosing block." }, "suppression": { "type": "object", "additionalProperties": false, "required": ["kind", "reason", "origin", "unsuppressedVerdict"], "description": "Why a suppressed result is not counted.", "properties": { "kind": { "enum": ["inline", "config"] }, "reason": { "type": "string" }, "origin": { "type": "string", "description": "Who wrote it: elb-ir, checkov, kics, terrascan, trivy, tfsec, or the configuration file." }, "expires": { "type": "string" }, "unsuppressedVerdict": { "enum": ["fail", "unknown"], "description": "The verdict the rule reached before the suppression set it aside." } } }, "change": { "enum": ["new", "regressed", "existing"], "description": "What the plan did to a fail, unknown or suppressed finding: `new` (the load balancer, or for plan-wide rules every load balancer, is not in the world before the plan), `regressed` (the rule passed or did not apply before the plan), `existing` (it failed or was unknown before too)." } } } }, "resolved": { "type": "array", "description": "Findings that fail in the world before the plan and pass in the planned one, on a load balancer that still exists after the plan.", "items": { "type": "object", "additionalProperties": false, "required": ["ruleId", "address", "plan", "severity"], "properties": { "ruleId": { "type": "string" }, "address": { "type": ["string", "null"] }, "plan": { "type": "string" }, "severity": { "enum": ["error", "warning", "notice"] } } } }, "summary": { "type": "object", "additionalProperties": false, "required": ["error", "warning", "notice", "suppressed"], "properties": { "error": { "type": "integer", "minimum": 0 }, "warning": { "type": "integer", "minimum": 0 }, "notice": { "type": "integer", "minimum": 0 }, "suppressed": { "type": "integer", "minimum": 0 }, "new": { "type": "integer", "minimum": 0, "description": "Fail results whose change is new or regressed." }, "resolved": { "type": "integer", "minimum": 0, "description": "The length of `resolved`." } } }, "rules": { "type": "array", "description": "The metadata of the rules that judged the results.", "items": { "type": "object", "additionalProperties": false, "required": ["id", "name", "title", "practice", "helpUri", "defaultSeverity", "rationale", "remediation"], "properties": { "id": { "type": "string", "pattern": "^ELBIR[0-9]{3}$" }, "name": { "type": "string" }, "title": { "type": "string" }, "practice": { "type": "string" }, "helpUri": { "type": "string", "pattern": "^https://" }, "defaultSeverity": { "enum": ["error", "warning", "notice"] }, "rationale": { "type": "string" }, "remediation": { "type": "string" } } } }, "problems": { "type": "array", "items": { "type": "string" }, "description": "Input problems that did not stop the run, one line each." }, "warnings": { "type": "array", "items": { "type": "string" }, "description": "Non-fatal remarks (unparseable .tf files, suppressions without reasons), one line each." } } };
var func2 = Object.prototype.hasOwnProperty;
var pattern8 = new RegExp("^sha256:[0-9a-f]{64}$", "u");
var pattern9 = new RegExp("^ELBIR[0-9]{3}$", "u");
var pattern10 = new RegExp("^[0-9a-f]{20}$", "u");
var pattern12 = new RegExp("^https://", "u");
function validate19(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.schemaVersion === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "schemaVersion" }, message: "must have required property 'schemaVersion'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.tool === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tool" }, message: "must have required property 'tool'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.plans === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "plans" }, message: "must have required property 'plans'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.loadBalancers === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "loadBalancers" }, message: "must have required property 'loadBalancers'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.results === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "results" }, message: "must have required property 'results'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.summary === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "summary" }, message: "must have required property 'summary'" };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func2.call(schema17.properties, key0)) {
        const err6 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.schemaVersion !== void 0) {
      if (1 !== data.schemaVersion) {
        const err7 = { instancePath: instancePath + "/schemaVersion", schemaPath: "#/properties/schemaVersion/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.tool !== void 0) {
      let data1 = data.tool;
      if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
        if (data1.name === void 0) {
          const err8 = { instancePath: instancePath + "/tool", schemaPath: "#/properties/tool/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        if (data1.version === void 0) {
          const err9 = { instancePath: instancePath + "/tool", schemaPath: "#/properties/tool/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'" };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        for (const key1 in data1) {
          if (!(key1 === "name" || key1 === "version")) {
            const err10 = { instancePath: instancePath + "/tool", schemaPath: "#/properties/tool/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        if (data1.name !== void 0) {
          if ("elb-ir-check" !== data1.name) {
            const err11 = { instancePath: instancePath + "/tool/name", schemaPath: "#/properties/tool/properties/name/const", keyword: "const", params: { allowedValue: "elb-ir-check" }, message: "must be equal to constant" };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data1.version !== void 0) {
          if (typeof data1.version !== "string") {
            const err12 = { instancePath: instancePath + "/tool/version", schemaPath: "#/properties/tool/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
      } else {
        const err13 = { instancePath: instancePath + "/tool", schemaPath: "#/properties/tool/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.plans !== void 0) {
      let data4 = data.plans;
      if (Array.isArray(data4)) {
        const len0 = data4.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data5 = data4[i0];
          if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
            if (data5.path === void 0) {
              const err14 = { instancePath: instancePath + "/plans/" + i0, schemaPath: "#/properties/plans/items/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'" };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
            if (data5.formatVersion === void 0) {
              const err15 = { instancePath: instancePath + "/plans/" + i0, schemaPath: "#/properties/plans/items/required", keyword: "required", params: { missingProperty: "formatVersion" }, message: "must have required property 'formatVersion'" };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
            if (data5.terraformVersion === void 0) {
              const err16 = { instancePath: instancePath + "/plans/" + i0, schemaPath: "#/properties/plans/items/required", keyword: "required", params: { missingProperty: "terraformVersion" }, message: "must have required property 'terraformVersion'" };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
            for (const key2 in data5) {
              if (!(key2 === "path" || key2 === "formatVersion" || key2 === "terraformVersion" || key2 === "repositoryPath" || key2 === "digest" || key2 === "kind")) {
                const err17 = { instancePath: instancePath + "/plans/" + i0, schemaPath: "#/properties/plans/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              }
            }
            if (data5.path !== void 0) {
              if (typeof data5.path !== "string") {
                const err18 = { instancePath: instancePath + "/plans/" + i0 + "/path", schemaPath: "#/properties/plans/items/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err18];
                } else {
                  vErrors.push(err18);
                }
                errors++;
              }
            }
            if (data5.formatVersion !== void 0) {
              if (typeof data5.formatVersion !== "string") {
                const err19 = { instancePath: instancePath + "/plans/" + i0 + "/formatVersion", schemaPath: "#/properties/plans/items/properties/formatVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
              }
            }
            if (data5.terraformVersion !== void 0) {
              let data8 = data5.terraformVersion;
              if (typeof data8 !== "string" && data8 !== null) {
                const err20 = { instancePath: instancePath + "/plans/" + i0 + "/terraformVersion", schemaPath: "#/properties/plans/items/properties/terraformVersion/type", keyword: "type", params: { type: schema17.properties.plans.items.properties.terraformVersion.type }, message: "must be string,null" };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
            }
            if (data5.repositoryPath !== void 0) {
              if (typeof data5.repositoryPath !== "string") {
                const err21 = { instancePath: instancePath + "/plans/" + i0 + "/repositoryPath", schemaPath: "#/properties/plans/items/properties/repositoryPath/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
            }
            if (data5.digest !== void 0) {
              let data10 = data5.digest;
              if (typeof data10 === "string") {
                if (!pattern8.test(data10)) {
                  const err22 = { instancePath: instancePath + "/plans/" + i0 + "/digest", schemaPath: "#/properties/plans/items/properties/digest/pattern", keyword: "pattern", params: { pattern: "^sha256:[0-9a-f]{64}$" }, message: 'must match pattern "^sha256:[0-9a-f]{64}$"' };
                  if (vErrors === null) {
                    vErrors = [err22];
                  } else {
                    vErrors.push(err22);
                  }
                  errors++;
                }
              } else {
                const err23 = { instancePath: instancePath + "/plans/" + i0 + "/digest", schemaPath: "#/properties/plans/items/properties/digest/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
            }
            if (data5.kind !== void 0) {
              let data11 = data5.kind;
              if (!(data11 === "plan" || data11 === "state" || data11 === "source")) {
                const err24 = { instancePath: instancePath + "/plans/" + i0 + "/kind", schemaPath: "#/properties/plans/items/properties/kind/enum", keyword: "enum", params: { allowedValues: schema17.properties.plans.items.properties.kind.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
            }
          } else {
            const err25 = { instancePath: instancePath + "/plans/" + i0, schemaPath: "#/properties/plans/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
      } else {
        const err26 = { instancePath: instancePath + "/plans", schemaPath: "#/properties/plans/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data.loadBalancers !== void 0) {
      let data12 = data.loadBalancers;
      if (Array.isArray(data12)) {
        const len1 = data12.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data13 = data12[i1];
          if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
            if (data13.address === void 0) {
              const err27 = { instancePath: instancePath + "/loadBalancers/" + i1, schemaPath: "#/properties/loadBalancers/items/required", keyword: "required", params: { missingProperty: "address" }, message: "must have required property 'address'" };
              if (vErrors === null) {
                vErrors = [err27];
              } else {
                vErrors.push(err27);
              }
              errors++;
            }
            if (data13.type === void 0) {
              const err28 = { instancePath: instancePath + "/loadBalancers/" + i1, schemaPath: "#/properties/loadBalancers/items/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'" };
              if (vErrors === null) {
                vErrors = [err28];
              } else {
                vErrors.push(err28);
              }
              errors++;
            }
            if (data13.kind === void 0) {
              const err29 = { instancePath: instancePath + "/loadBalancers/" + i1, schemaPath: "#/properties/loadBalancers/items/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'" };
              if (vErrors === null) {
                vErrors = [err29];
              } else {
                vErrors.push(err29);
              }
              errors++;
            }
            if (data13.plan === void 0) {
              const err30 = { instancePath: instancePath + "/loadBalancers/" + i1, schemaPath: "#/properties/loadBalancers/items/required", keyword: "required", params: { missingProperty: "plan" }, message: "must have required property 'plan'" };
              if (vErrors === null) {
                vErrors = [err30];
              } else {
                vErrors.push(err30);
              }
              errors++;
            }
            if (data13.actions === void 0) {
              const err31 = { instancePath: instancePath + "/loadBalancers/" + i1, schemaPath: "#/properties/loadBalancers/items/required", keyword: "required", params: { missingProperty: "actions" }, message: "must have required property 'actions'" };
              if (vErrors === null) {
                vErrors = [err31];
              } else {
                vErrors.push(err31);
              }
              errors++;
            }
            for (const key3 in data13) {
              if (!(key3 === "address" || key3 === "type" || key3 === "kind" || key3 === "plan" || key3 === "actions")) {
                const err32 = { instancePath: instancePath + "/loadBalancers/" + i1, schemaPath: "#/properties/loadBalancers/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err32];
                } else {
                  vErrors.push(err32);
                }
                errors++;
              }
            }
            if (data13.address !== void 0) {
              if (typeof data13.address !== "string") {
                const err33 = { instancePath: instancePath + "/loadBalancers/" + i1 + "/address", schemaPath: "#/properties/loadBalancers/items/properties/address/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
                }
                errors++;
              }
            }
            if (data13.type !== void 0) {
              if (typeof data13.type !== "string") {
                const err34 = { instancePath: instancePath + "/loadBalancers/" + i1 + "/type", schemaPath: "#/properties/loadBalancers/items/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err34];
                } else {
                  vErrors.push(err34);
                }
                errors++;
              }
            }
            if (data13.kind !== void 0) {
              let data16 = data13.kind;
              if (!(data16 === "application" || data16 === "network" || data16 === "gateway" || data16 === "classic")) {
                const err35 = { instancePath: instancePath + "/loadBalancers/" + i1 + "/kind", schemaPath: "#/properties/loadBalancers/items/properties/kind/enum", keyword: "enum", params: { allowedValues: schema17.properties.loadBalancers.items.properties.kind.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err35];
                } else {
                  vErrors.push(err35);
                }
                errors++;
              }
            }
            if (data13.plan !== void 0) {
              if (typeof data13.plan !== "string") {
                const err36 = { instancePath: instancePath + "/loadBalancers/" + i1 + "/plan", schemaPath: "#/properties/loadBalancers/items/properties/plan/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err36];
                } else {
                  vErrors.push(err36);
                }
                errors++;
              }
            }
            if (data13.actions !== void 0) {
              let data18 = data13.actions;
              if (Array.isArray(data18)) {
                const len2 = data18.length;
                for (let i2 = 0; i2 < len2; i2++) {
                  if (typeof data18[i2] !== "string") {
                    const err37 = { instancePath: instancePath + "/loadBalancers/" + i1 + "/actions/" + i2, schemaPath: "#/properties/loadBalancers/items/properties/actions/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err37];
                    } else {
                      vErrors.push(err37);
                    }
                    errors++;
                  }
                }
              } else {
                const err38 = { instancePath: instancePath + "/loadBalancers/" + i1 + "/actions", schemaPath: "#/properties/loadBalancers/items/properties/actions/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err38];
                } else {
                  vErrors.push(err38);
                }
                errors++;
              }
            }
          } else {
            const err39 = { instancePath: instancePath + "/loadBalancers/" + i1, schemaPath: "#/properties/loadBalancers/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
        }
      } else {
        const err40 = { instancePath: instancePath + "/loadBalancers", schemaPath: "#/properties/loadBalancers/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err40];
        } else {
          vErrors.push(err40);
        }
        errors++;
      }
    }
    if (data.results !== void 0) {
      let data20 = data.results;
      if (Array.isArray(data20)) {
        const len3 = data20.length;
        for (let i3 = 0; i3 < len3; i3++) {
          let data21 = data20[i3];
          if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
            if (data21.ruleId === void 0) {
              const err41 = { instancePath: instancePath + "/results/" + i3, schemaPath: "#/properties/results/items/required", keyword: "required", params: { missingProperty: "ruleId" }, message: "must have required property 'ruleId'" };
              if (vErrors === null) {
                vErrors = [err41];
              } else {
                vErrors.push(err41);
              }
              errors++;
            }
            if (data21.address === void 0) {
              const err42 = { instancePath: instancePath + "/results/" + i3, schemaPath: "#/properties/results/items/required", keyword: "required", params: { missingProperty: "address" }, message: "must have required property 'address'" };
              if (vErrors === null) {
                vErrors = [err42];
              } else {
                vErrors.push(err42);
              }
              errors++;
            }
            if (data21.plan === void 0) {
              const err43 = { instancePath: instancePath + "/results/" + i3, schemaPath: "#/properties/results/items/required", keyword: "required", params: { missingProperty: "plan" }, message: "must have required property 'plan'" };
              if (vErrors === null) {
                vErrors = [err43];
              } else {
                vErrors.push(err43);
              }
              errors++;
            }
            if (data21.verdict === void 0) {
              const err44 = { instancePath: instancePath + "/results/" + i3, schemaPath: "#/properties/results/items/required", keyword: "required", params: { missingProperty: "verdict" }, message: "must have required property 'verdict'" };
              if (vErrors === null) {
                vErrors = [err44];
              } else {
                vErrors.push(err44);
              }
              errors++;
            }
            if (data21.severity === void 0) {
              const err45 = { instancePath: instancePath + "/results/" + i3, schemaPath: "#/properties/results/items/required", keyword: "required", params: { missingProperty: "severity" }, message: "must have required property 'severity'" };
              if (vErrors === null) {
                vErrors = [err45];
              } else {
                vErrors.push(err45);
              }
              errors++;
            }
            if (data21.message === void 0) {
              const err46 = { instancePath: instancePath + "/results/" + i3, schemaPath: "#/properties/results/items/required", keyword: "required", params: { missingProperty: "message" }, message: "must have required property 'message'" };
              if (vErrors === null) {
                vErrors = [err46];
              } else {
                vErrors.push(err46);
              }
              errors++;
            }
            if (data21.location === void 0) {
              const err47 = { instancePath: instancePath + "/results/" + i3, schemaPath: "#/properties/results/items/required", keyword: "required", params: { missingProperty: "location" }, message: "must have required property 'location'" };
              if (vErrors === null) {
                vErrors = [err47];
              } else {
                vErrors.push(err47);
              }
              errors++;
            }
            for (const key4 in data21) {
              if (!func2.call(schema17.properties.results.items.properties, key4)) {
                const err48 = { instancePath: instancePath + "/results/" + i3, schemaPath: "#/properties/results/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err48];
                } else {
                  vErrors.push(err48);
                }
                errors++;
              }
            }
            if (data21.ruleId !== void 0) {
              let data22 = data21.ruleId;
              if (typeof data22 === "string") {
                if (!pattern9.test(data22)) {
                  const err49 = { instancePath: instancePath + "/results/" + i3 + "/ruleId", schemaPath: "#/properties/results/items/properties/ruleId/pattern", keyword: "pattern", params: { pattern: "^ELBIR[0-9]{3}$" }, message: 'must match pattern "^ELBIR[0-9]{3}$"' };
                  if (vErrors === null) {
                    vErrors = [err49];
                  } else {
                    vErrors.push(err49);
                  }
                  errors++;
                }
              } else {
                const err50 = { instancePath: instancePath + "/results/" + i3 + "/ruleId", schemaPath: "#/properties/results/items/properties/ruleId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err50];
                } else {
                  vErrors.push(err50);
                }
                errors++;
              }
            }
            if (data21.address !== void 0) {
              let data23 = data21.address;
              if (typeof data23 !== "string" && data23 !== null) {
                const err51 = { instancePath: instancePath + "/results/" + i3 + "/address", schemaPath: "#/properties/results/items/properties/address/type", keyword: "type", params: { type: schema17.properties.results.items.properties.address.type }, message: "must be string,null" };
                if (vErrors === null) {
                  vErrors = [err51];
                } else {
                  vErrors.push(err51);
                }
                errors++;
              }
            }
            if (data21.plan !== void 0) {
              if (typeof data21.plan !== "string") {
                const err52 = { instancePath: instancePath + "/results/" + i3 + "/plan", schemaPath: "#/properties/results/items/properties/plan/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err52];
                } else {
                  vErrors.push(err52);
                }
                errors++;
              }
            }
            if (data21.verdict !== void 0) {
              let data25 = data21.verdict;
              if (!(data25 === "pass" || data25 === "fail" || data25 === "unknown" || data25 === "not-applicable" || data25 === "suppressed")) {
                const err53 = { instancePath: instancePath + "/results/" + i3 + "/verdict", schemaPath: "#/properties/results/items/properties/verdict/enum", keyword: "enum", params: { allowedValues: schema17.properties.results.items.properties.verdict.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err53];
                } else {
                  vErrors.push(err53);
                }
                errors++;
              }
            }
            if (data21.severity !== void 0) {
              let data26 = data21.severity;
              if (!(data26 === "error" || data26 === "warning" || data26 === "notice" || data26 === null)) {
                const err54 = { instancePath: instancePath + "/results/" + i3 + "/severity", schemaPath: "#/properties/results/items/properties/severity/enum", keyword: "enum", params: { allowedValues: schema17.properties.results.items.properties.severity.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err54];
                } else {
                  vErrors.push(err54);
                }
                errors++;
              }
            }
            if (data21.message !== void 0) {
              if (typeof data21.message !== "string") {
                const err55 = { instancePath: instancePath + "/results/" + i3 + "/message", schemaPath: "#/properties/results/items/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err55];
                } else {
                  vErrors.push(err55);
                }
                errors++;
              }
            }
            if (data21.location !== void 0) {
              let data28 = data21.location;
              const _errs57 = errors;
              let valid13 = false;
              const _errs58 = errors;
              if (data28 !== null) {
                const err56 = { instancePath: instancePath + "/results/" + i3 + "/location", schemaPath: "#/properties/results/items/properties/location/anyOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                if (vErrors === null) {
                  vErrors = [err56];
                } else {
                  vErrors.push(err56);
                }
                errors++;
              }
              var _valid0 = _errs58 === errors;
              valid13 = valid13 || _valid0;
              if (!valid13) {
                const _errs60 = errors;
                if (data28 && typeof data28 == "object" && !Array.isArray(data28)) {
                  if (data28.file === void 0) {
                    const err57 = { instancePath: instancePath + "/results/" + i3 + "/location", schemaPath: "#/properties/results/items/properties/location/anyOf/1/required", keyword: "required", params: { missingProperty: "file" }, message: "must have required property 'file'" };
                    if (vErrors === null) {
                      vErrors = [err57];
                    } else {
                      vErrors.push(err57);
                    }
                    errors++;
                  }
                  if (data28.line === void 0) {
                    const err58 = { instancePath: instancePath + "/results/" + i3 + "/location", schemaPath: "#/properties/results/items/properties/location/anyOf/1/required", keyword: "required", params: { missingProperty: "line" }, message: "must have required property 'line'" };
                    if (vErrors === null) {
                      vErrors = [err58];
                    } else {
                      vErrors.push(err58);
                    }
                    errors++;
                  }
                  for (const key5 in data28) {
                    if (!(key5 === "file" || key5 === "line")) {
                      const err59 = { instancePath: instancePath + "/results/" + i3 + "/location", schemaPath: "#/properties/results/items/properties/location/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties" };
                      if (vErrors === null) {
                        vErrors = [err59];
                      } else {
                        vErrors.push(err59);
                      }
                      errors++;
                    }
                  }
                  if (data28.file !== void 0) {
                    if (typeof data28.file !== "string") {
                      const err60 = { instancePath: instancePath + "/results/" + i3 + "/location/file", schemaPath: "#/properties/results/items/properties/location/anyOf/1/properties/file/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                      if (vErrors === null) {
                        vErrors = [err60];
                      } else {
                        vErrors.push(err60);
                      }
                      errors++;
                    }
                  }
                  if (data28.line !== void 0) {
                    let data30 = data28.line;
                    if (!(typeof data30 == "number" && (!(data30 % 1) && !isNaN(data30)))) {
                      const err61 = { instancePath: instancePath + "/results/" + i3 + "/location/line", schemaPath: "#/properties/results/items/properties/location/anyOf/1/properties/line/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                      if (vErrors === null) {
                        vErrors = [err61];
                      } else {
                        vErrors.push(err61);
                      }
                      errors++;
                    }
                    if (typeof data30 == "number") {
                      if (data30 < 1 || isNaN(data30)) {
                        const err62 = { instancePath: instancePath + "/results/" + i3 + "/location/line", schemaPath: "#/properties/results/items/properties/location/anyOf/1/properties/line/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                        if (vErrors === null) {
                          vErrors = [err62];
                        } else {
                          vErrors.push(err62);
                        }
                        errors++;
                      }
                    }
                  }
                } else {
                  const err63 = { instancePath: instancePath + "/results/" + i3 + "/location", schemaPath: "#/properties/results/items/properties/location/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                  if (vErrors === null) {
                    vErrors = [err63];
                  } else {
                    vErrors.push(err63);
                  }
                  errors++;
                }
                var _valid0 = _errs60 === errors;
                valid13 = valid13 || _valid0;
              }
              if (!valid13) {
                const err64 = { instancePath: instancePath + "/results/" + i3 + "/location", schemaPath: "#/properties/results/items/properties/location/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                if (vErrors === null) {
                  vErrors = [err64];
                } else {
                  vErrors.push(err64);
                }
                errors++;
              } else {
                errors = _errs57;
                if (vErrors !== null) {
                  if (_errs57) {
                    vErrors.length = _errs57;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data21.fingerprint !== void 0) {
              let data31 = data21.fingerprint;
              if (typeof data31 === "string") {
                if (!pattern10.test(data31)) {
                  const err65 = { instancePath: instancePath + "/results/" + i3 + "/fingerprint", schemaPath: "#/properties/results/items/properties/fingerprint/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{20}$" }, message: 'must match pattern "^[0-9a-f]{20}$"' };
                  if (vErrors === null) {
                    vErrors = [err65];
                  } else {
                    vErrors.push(err65);
                  }
                  errors++;
                }
              } else {
                const err66 = { instancePath: instancePath + "/results/" + i3 + "/fingerprint", schemaPath: "#/properties/results/items/properties/fingerprint/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err66];
                } else {
                  vErrors.push(err66);
                }
                errors++;
              }
            }
            if (data21.summary !== void 0) {
              let data32 = data21.summary;
              if (data32 && typeof data32 == "object" && !Array.isArray(data32)) {
                if (data32.text === void 0) {
                  const err67 = { instancePath: instancePath + "/results/" + i3 + "/summary", schemaPath: "#/properties/results/items/properties/summary/required", keyword: "required", params: { missingProperty: "text" }, message: "must have required property 'text'" };
                  if (vErrors === null) {
                    vErrors = [err67];
                  } else {
                    vErrors.push(err67);
                  }
                  errors++;
                }
                if (data32.arguments === void 0) {
                  const err68 = { instancePath: instancePath + "/results/" + i3 + "/summary", schemaPath: "#/properties/results/items/properties/summary/required", keyword: "required", params: { missingProperty: "arguments" }, message: "must have required property 'arguments'" };
                  if (vErrors === null) {
                    vErrors = [err68];
                  } else {
                    vErrors.push(err68);
                  }
                  errors++;
                }
                for (const key6 in data32) {
                  if (!(key6 === "text" || key6 === "arguments")) {
                    const err69 = { instancePath: instancePath + "/results/" + i3 + "/summary", schemaPath: "#/properties/results/items/properties/summary/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err69];
                    } else {
                      vErrors.push(err69);
                    }
                    errors++;
                  }
                }
                if (data32.text !== void 0) {
                  if (typeof data32.text !== "string") {
                    const err70 = { instancePath: instancePath + "/results/" + i3 + "/summary/text", schemaPath: "#/properties/results/items/properties/summary/properties/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err70];
                    } else {
                      vErrors.push(err70);
                    }
                    errors++;
                  }
                }
                if (data32.arguments !== void 0) {
                  let data34 = data32.arguments;
                  if (Array.isArray(data34)) {
                    const len4 = data34.length;
                    for (let i4 = 0; i4 < len4; i4++) {
                      if (typeof data34[i4] !== "string") {
                        const err71 = { instancePath: instancePath + "/results/" + i3 + "/summary/arguments/" + i4, schemaPath: "#/properties/results/items/properties/summary/properties/arguments/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err71];
                        } else {
                          vErrors.push(err71);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err72 = { instancePath: instancePath + "/results/" + i3 + "/summary/arguments", schemaPath: "#/properties/results/items/properties/summary/properties/arguments/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err72];
                    } else {
                      vErrors.push(err72);
                    }
                    errors++;
                  }
                }
              } else {
                const err73 = { instancePath: instancePath + "/results/" + i3 + "/summary", schemaPath: "#/properties/results/items/properties/summary/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err73];
                } else {
                  vErrors.push(err73);
                }
                errors++;
              }
            }
            if (data21.fix !== void 0) {
              if (typeof data21.fix !== "string") {
                const err74 = { instancePath: instancePath + "/results/" + i3 + "/fix", schemaPath: "#/properties/results/items/properties/fix/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err74];
                } else {
                  vErrors.push(err74);
                }
                errors++;
              }
            }
            if (data21.lineFix !== void 0) {
              if (typeof data21.lineFix !== "string") {
                const err75 = { instancePath: instancePath + "/results/" + i3 + "/lineFix", schemaPath: "#/properties/results/items/properties/lineFix/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err75];
                } else {
                  vErrors.push(err75);
                }
                errors++;
              }
            }
            if (data21.subject !== void 0) {
              let data38 = data21.subject;
              const _errs83 = errors;
              let valid18 = false;
              const _errs84 = errors;
              if (data38 !== null) {
                const err76 = { instancePath: instancePath + "/results/" + i3 + "/subject", schemaPath: "#/properties/results/items/properties/subject/anyOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                if (vErrors === null) {
                  vErrors = [err76];
                } else {
                  vErrors.push(err76);
                }
                errors++;
              }
              var _valid1 = _errs84 === errors;
              valid18 = valid18 || _valid1;
              if (!valid18) {
                const _errs86 = errors;
                if (data38 && typeof data38 == "object" && !Array.isArray(data38)) {
                  if (data38.address === void 0) {
                    const err77 = { instancePath: instancePath + "/results/" + i3 + "/subject", schemaPath: "#/properties/results/items/properties/subject/anyOf/1/required", keyword: "required", params: { missingProperty: "address" }, message: "must have required property 'address'" };
                    if (vErrors === null) {
                      vErrors = [err77];
                    } else {
                      vErrors.push(err77);
                    }
                    errors++;
                  }
                  if (data38.attribute === void 0) {
                    const err78 = { instancePath: instancePath + "/results/" + i3 + "/subject", schemaPath: "#/properties/results/items/properties/subject/anyOf/1/required", keyword: "required", params: { missingProperty: "attribute" }, message: "must have required property 'attribute'" };
                    if (vErrors === null) {
                      vErrors = [err78];
                    } else {
                      vErrors.push(err78);
                    }
                    errors++;
                  }
                  for (const key7 in data38) {
                    if (!(key7 === "address" || key7 === "attribute")) {
                      const err79 = { instancePath: instancePath + "/results/" + i3 + "/subject", schemaPath: "#/properties/results/items/properties/subject/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties" };
                      if (vErrors === null) {
                        vErrors = [err79];
                      } else {
                        vErrors.push(err79);
                      }
                      errors++;
                    }
                  }
                  if (data38.address !== void 0) {
                    if (typeof data38.address !== "string") {
                      const err80 = { instancePath: instancePath + "/results/" + i3 + "/subject/address", schemaPath: "#/properties/results/items/properties/subject/anyOf/1/properties/address/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                      if (vErrors === null) {
                        vErrors = [err80];
                      } else {
                        vErrors.push(err80);
                      }
                      errors++;
                    }
                  }
                  if (data38.attribute !== void 0) {
                    let data40 = data38.attribute;
                    if (Array.isArray(data40)) {
                      const len5 = data40.length;
                      for (let i5 = 0; i5 < len5; i5++) {
                        let data41 = data40[i5];
                        if (typeof data41 !== "string" && !(typeof data41 == "number" && (!(data41 % 1) && !isNaN(data41)))) {
                          const err81 = { instancePath: instancePath + "/results/" + i3 + "/subject/attribute/" + i5, schemaPath: "#/properties/results/items/properties/subject/anyOf/1/properties/attribute/items/type", keyword: "type", params: { type: schema17.properties.results.items.properties.subject.anyOf[1].properties.attribute.items.type }, message: "must be string,integer" };
                          if (vErrors === null) {
                            vErrors = [err81];
                          } else {
                            vErrors.push(err81);
                          }
                          errors++;
                        }
                      }
                    } else {
                      const err82 = { instancePath: instancePath + "/results/" + i3 + "/subject/attribute", schemaPath: "#/properties/results/items/properties/subject/anyOf/1/properties/attribute/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                      if (vErrors === null) {
                        vErrors = [err82];
                      } else {
                        vErrors.push(err82);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err83 = { instancePath: instancePath + "/results/" + i3 + "/subject", schemaPath: "#/properties/results/items/properties/subject/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                  if (vErrors === null) {
                    vErrors = [err83];
                  } else {
                    vErrors.push(err83);
                  }
                  errors++;
                }
                var _valid1 = _errs86 === errors;
                valid18 = valid18 || _valid1;
              }
              if (!valid18) {
                const err84 = { instancePath: instancePath + "/results/" + i3 + "/subject", schemaPath: "#/properties/results/items/properties/subject/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                if (vErrors === null) {
                  vErrors = [err84];
                } else {
                  vErrors.push(err84);
                }
                errors++;
              } else {
                errors = _errs83;
                if (vErrors !== null) {
                  if (_errs83) {
                    vErrors.length = _errs83;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data21.exactLocation !== void 0) {
              if (typeof data21.exactLocation !== "boolean") {
                const err85 = { instancePath: instancePath + "/results/" + i3 + "/exactLocation", schemaPath: "#/properties/results/items/properties/exactLocation/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err85];
                } else {
                  vErrors.push(err85);
                }
                errors++;
              }
            }
            if (data21.suppression !== void 0) {
              let data43 = data21.suppression;
              if (data43 && typeof data43 == "object" && !Array.isArray(data43)) {
                if (data43.kind === void 0) {
                  const err86 = { instancePath: instancePath + "/results/" + i3 + "/suppression", schemaPath: "#/properties/results/items/properties/suppression/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'" };
                  if (vErrors === null) {
                    vErrors = [err86];
                  } else {
                    vErrors.push(err86);
                  }
                  errors++;
                }
                if (data43.reason === void 0) {
                  const err87 = { instancePath: instancePath + "/results/" + i3 + "/suppression", schemaPath: "#/properties/results/items/properties/suppression/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'" };
                  if (vErrors === null) {
                    vErrors = [err87];
                  } else {
                    vErrors.push(err87);
                  }
                  errors++;
                }
                if (data43.origin === void 0) {
                  const err88 = { instancePath: instancePath + "/results/" + i3 + "/suppression", schemaPath: "#/properties/results/items/properties/suppression/required", keyword: "required", params: { missingProperty: "origin" }, message: "must have required property 'origin'" };
                  if (vErrors === null) {
                    vErrors = [err88];
                  } else {
                    vErrors.push(err88);
                  }
                  errors++;
                }
                if (data43.unsuppressedVerdict === void 0) {
                  const err89 = { instancePath: instancePath + "/results/" + i3 + "/suppression", schemaPath: "#/properties/results/items/properties/suppression/required", keyword: "required", params: { missingProperty: "unsuppressedVerdict" }, message: "must have required property 'unsuppressedVerdict'" };
                  if (vErrors === null) {
                    vErrors = [err89];
                  } else {
                    vErrors.push(err89);
                  }
                  errors++;
                }
                for (const key8 in data43) {
                  if (!(key8 === "kind" || key8 === "reason" || key8 === "origin" || key8 === "expires" || key8 === "unsuppressedVerdict")) {
                    const err90 = { instancePath: instancePath + "/results/" + i3 + "/suppression", schemaPath: "#/properties/results/items/properties/suppression/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err90];
                    } else {
                      vErrors.push(err90);
                    }
                    errors++;
                  }
                }
                if (data43.kind !== void 0) {
                  let data44 = data43.kind;
                  if (!(data44 === "inline" || data44 === "config")) {
                    const err91 = { instancePath: instancePath + "/results/" + i3 + "/suppression/kind", schemaPath: "#/properties/results/items/properties/suppression/properties/kind/enum", keyword: "enum", params: { allowedValues: schema17.properties.results.items.properties.suppression.properties.kind.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                      vErrors = [err91];
                    } else {
                      vErrors.push(err91);
                    }
                    errors++;
                  }
                }
                if (data43.reason !== void 0) {
                  if (typeof data43.reason !== "string") {
                    const err92 = { instancePath: instancePath + "/results/" + i3 + "/suppression/reason", schemaPath: "#/properties/results/items/properties/suppression/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err92];
                    } else {
                      vErrors.push(err92);
                    }
                    errors++;
                  }
                }
                if (data43.origin !== void 0) {
                  if (typeof data43.origin !== "string") {
                    const err93 = { instancePath: instancePath + "/results/" + i3 + "/suppression/origin", schemaPath: "#/properties/results/items/properties/suppression/properties/origin/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err93];
                    } else {
                      vErrors.push(err93);
                    }
                    errors++;
                  }
                }
                if (data43.expires !== void 0) {
                  if (typeof data43.expires !== "string") {
                    const err94 = { instancePath: instancePath + "/results/" + i3 + "/suppression/expires", schemaPath: "#/properties/results/items/properties/suppression/properties/expires/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err94];
                    } else {
                      vErrors.push(err94);
                    }
                    errors++;
                  }
                }
                if (data43.unsuppressedVerdict !== void 0) {
                  let data48 = data43.unsuppressedVerdict;
                  if (!(data48 === "fail" || data48 === "unknown")) {
                    const err95 = { instancePath: instancePath + "/results/" + i3 + "/suppression/unsuppressedVerdict", schemaPath: "#/properties/results/items/properties/suppression/properties/unsuppressedVerdict/enum", keyword: "enum", params: { allowedValues: schema17.properties.results.items.properties.suppression.properties.unsuppressedVerdict.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                      vErrors = [err95];
                    } else {
                      vErrors.push(err95);
                    }
                    errors++;
                  }
                }
              } else {
                const err96 = { instancePath: instancePath + "/results/" + i3 + "/suppression", schemaPath: "#/properties/results/items/properties/suppression/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err96];
                } else {
                  vErrors.push(err96);
                }
                errors++;
              }
            }
            if (data21.change !== void 0) {
              let data49 = data21.change;
              if (!(data49 === "new" || data49 === "regressed" || data49 === "existing")) {
                const err97 = { instancePath: instancePath + "/results/" + i3 + "/change", schemaPath: "#/properties/results/items/properties/change/enum", keyword: "enum", params: { allowedValues: schema17.properties.results.items.properties.change.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err97];
                } else {
                  vErrors.push(err97);
                }
                errors++;
              }
            }
          } else {
            const err98 = { instancePath: instancePath + "/results/" + i3, schemaPath: "#/properties/results/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err98];
            } else {
              vErrors.push(err98);
            }
            errors++;
          }
        }
      } else {
        const err99 = { instancePath: instancePath + "/results", schemaPath: "#/properties/results/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err99];
        } else {
          vErrors.push(err99);
        }
        errors++;
      }
    }
    if (data.resolved !== void 0) {
      let data50 = data.resolved;
      if (Array.isArray(data50)) {
        const len6 = data50.length;
        for (let i6 = 0; i6 < len6; i6++) {
          let data51 = data50[i6];
          if (data51 && typeof data51 == "object" && !Array.isArray(data51)) {
            if (data51.ruleId === void 0) {
              const err100 = { instancePath: instancePath + "/resolved/" + i6, schemaPath: "#/properties/resolved/items/required", keyword: "required", params: { missingProperty: "ruleId" }, message: "must have required property 'ruleId'" };
              if (vErrors === null) {
                vErrors = [err100];
              } else {
                vErrors.push(err100);
              }
              errors++;
            }
            if (data51.address === void 0) {
              const err101 = { instancePath: instancePath + "/resolved/" + i6, schemaPath: "#/properties/resolved/items/required", keyword: "required", params: { missingProperty: "address" }, message: "must have required property 'address'" };
              if (vErrors === null) {
                vErrors = [err101];
              } else {
                vErrors.push(err101);
              }
              errors++;
            }
            if (data51.plan === void 0) {
              const err102 = { instancePath: instancePath + "/resolved/" + i6, schemaPath: "#/properties/resolved/items/required", keyword: "required", params: { missingProperty: "plan" }, message: "must have required property 'plan'" };
              if (vErrors === null) {
                vErrors = [err102];
              } else {
                vErrors.push(err102);
              }
              errors++;
            }
            if (data51.severity === void 0) {
              const err103 = { instancePath: instancePath + "/resolved/" + i6, schemaPath: "#/properties/resolved/items/required", keyword: "required", params: { missingProperty: "severity" }, message: "must have required property 'severity'" };
              if (vErrors === null) {
                vErrors = [err103];
              } else {
                vErrors.push(err103);
              }
              errors++;
            }
            for (const key9 in data51) {
              if (!(key9 === "ruleId" || key9 === "address" || key9 === "plan" || key9 === "severity")) {
                const err104 = { instancePath: instancePath + "/resolved/" + i6, schemaPath: "#/properties/resolved/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err104];
                } else {
                  vErrors.push(err104);
                }
                errors++;
              }
            }
            if (data51.ruleId !== void 0) {
              if (typeof data51.ruleId !== "string") {
                const err105 = { instancePath: instancePath + "/resolved/" + i6 + "/ruleId", schemaPath: "#/properties/resolved/items/properties/ruleId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err105];
                } else {
                  vErrors.push(err105);
                }
                errors++;
              }
            }
            if (data51.address !== void 0) {
              let data53 = data51.address;
              if (typeof data53 !== "string" && data53 !== null) {
                const err106 = { instancePath: instancePath + "/resolved/" + i6 + "/address", schemaPath: "#/properties/resolved/items/properties/address/type", keyword: "type", params: { type: schema17.properties.resolved.items.properties.address.type }, message: "must be string,null" };
                if (vErrors === null) {
                  vErrors = [err106];
                } else {
                  vErrors.push(err106);
                }
                errors++;
              }
            }
            if (data51.plan !== void 0) {
              if (typeof data51.plan !== "string") {
                const err107 = { instancePath: instancePath + "/resolved/" + i6 + "/plan", schemaPath: "#/properties/resolved/items/properties/plan/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err107];
                } else {
                  vErrors.push(err107);
                }
                errors++;
              }
            }
            if (data51.severity !== void 0) {
              let data55 = data51.severity;
              if (!(data55 === "error" || data55 === "warning" || data55 === "notice")) {
                const err108 = { instancePath: instancePath + "/resolved/" + i6 + "/severity", schemaPath: "#/properties/resolved/items/properties/severity/enum", keyword: "enum", params: { allowedValues: schema17.properties.resolved.items.properties.severity.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err108];
                } else {
                  vErrors.push(err108);
                }
                errors++;
              }
            }
          } else {
            const err109 = { instancePath: instancePath + "/resolved/" + i6, schemaPath: "#/properties/resolved/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err109];
            } else {
              vErrors.push(err109);
            }
            errors++;
          }
        }
      } else {
        const err110 = { instancePath: instancePath + "/resolved", schemaPath: "#/properties/resolved/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err110];
        } else {
          vErrors.push(err110);
        }
        errors++;
      }
    }
    if (data.summary !== void 0) {
      let data56 = data.summary;
      if (data56 && typeof data56 == "object" && !Array.isArray(data56)) {
        if (data56.error === void 0) {
          const err111 = { instancePath: instancePath + "/summary", schemaPath: "#/properties/summary/required", keyword: "required", params: { missingProperty: "error" }, message: "must have required property 'error'" };
          if (vErrors === null) {
            vErrors = [err111];
          } else {
            vErrors.push(err111);
          }
          errors++;
        }
        if (data56.warning === void 0) {
          const err112 = { instancePath: instancePath + "/summary", schemaPath: "#/properties/summary/required", keyword: "required", params: { missingProperty: "warning" }, message: "must have required property 'warning'" };
          if (vErrors === null) {
            vErrors = [err112];
          } else {
            vErrors.push(err112);
          }
          errors++;
        }
        if (data56.notice === void 0) {
          const err113 = { instancePath: instancePath + "/summary", schemaPath: "#/properties/summary/required", keyword: "required", params: { missingProperty: "notice" }, message: "must have required property 'notice'" };
          if (vErrors === null) {
            vErrors = [err113];
          } else {
            vErrors.push(err113);
          }
          errors++;
        }
        if (data56.suppressed === void 0) {
          const err114 = { instancePath: instancePath + "/summary", schemaPath: "#/properties/summary/required", keyword: "required", params: { missingProperty: "suppressed" }, message: "must have required property 'suppressed'" };
          if (vErrors === null) {
            vErrors = [err114];
          } else {
            vErrors.push(err114);
          }
          errors++;
        }
        for (const key10 in data56) {
          if (!(key10 === "error" || key10 === "warning" || key10 === "notice" || key10 === "suppressed" || key10 === "new" || key10 === "resolved")) {
            const err115 = { instancePath: instancePath + "/summary", schemaPath: "#/properties/summary/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err115];
            } else {
              vErrors.push(err115);
            }
            errors++;
          }
        }
        if (data56.error !== void 0) {
          let data57 = data56.error;
          if (!(typeof data57 == "number" && (!(data57 % 1) && !isNaN(data57)))) {
            const err116 = { instancePath: instancePath + "/summary/error", schemaPath: "#/properties/summary/properties/error/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err116];
            } else {
              vErrors.push(err116);
            }
            errors++;
          }
          if (typeof data57 == "number") {
            if (data57 < 0 || isNaN(data57)) {
              const err117 = { instancePath: instancePath + "/summary/error", schemaPath: "#/properties/summary/properties/error/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err117];
              } else {
                vErrors.push(err117);
              }
              errors++;
            }
          }
        }
        if (data56.warning !== void 0) {
          let data58 = data56.warning;
          if (!(typeof data58 == "number" && (!(data58 % 1) && !isNaN(data58)))) {
            const err118 = { instancePath: instancePath + "/summary/warning", schemaPath: "#/properties/summary/properties/warning/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err118];
            } else {
              vErrors.push(err118);
            }
            errors++;
          }
          if (typeof data58 == "number") {
            if (data58 < 0 || isNaN(data58)) {
              const err119 = { instancePath: instancePath + "/summary/warning", schemaPath: "#/properties/summary/properties/warning/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err119];
              } else {
                vErrors.push(err119);
              }
              errors++;
            }
          }
        }
        if (data56.notice !== void 0) {
          let data59 = data56.notice;
          if (!(typeof data59 == "number" && (!(data59 % 1) && !isNaN(data59)))) {
            const err120 = { instancePath: instancePath + "/summary/notice", schemaPath: "#/properties/summary/properties/notice/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err120];
            } else {
              vErrors.push(err120);
            }
            errors++;
          }
          if (typeof data59 == "number") {
            if (data59 < 0 || isNaN(data59)) {
              const err121 = { instancePath: instancePath + "/summary/notice", schemaPath: "#/properties/summary/properties/notice/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err121];
              } else {
                vErrors.push(err121);
              }
              errors++;
            }
          }
        }
        if (data56.suppressed !== void 0) {
          let data60 = data56.suppressed;
          if (!(typeof data60 == "number" && (!(data60 % 1) && !isNaN(data60)))) {
            const err122 = { instancePath: instancePath + "/summary/suppressed", schemaPath: "#/properties/summary/properties/suppressed/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err122];
            } else {
              vErrors.push(err122);
            }
            errors++;
          }
          if (typeof data60 == "number") {
            if (data60 < 0 || isNaN(data60)) {
              const err123 = { instancePath: instancePath + "/summary/suppressed", schemaPath: "#/properties/summary/properties/suppressed/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err123];
              } else {
                vErrors.push(err123);
              }
              errors++;
            }
          }
        }
        if (data56.new !== void 0) {
          let data61 = data56.new;
          if (!(typeof data61 == "number" && (!(data61 % 1) && !isNaN(data61)))) {
            const err124 = { instancePath: instancePath + "/summary/new", schemaPath: "#/properties/summary/properties/new/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err124];
            } else {
              vErrors.push(err124);
            }
            errors++;
          }
          if (typeof data61 == "number") {
            if (data61 < 0 || isNaN(data61)) {
              const err125 = { instancePath: instancePath + "/summary/new", schemaPath: "#/properties/summary/properties/new/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err125];
              } else {
                vErrors.push(err125);
              }
              errors++;
            }
          }
        }
        if (data56.resolved !== void 0) {
          let data62 = data56.resolved;
          if (!(typeof data62 == "number" && (!(data62 % 1) && !isNaN(data62)))) {
            const err126 = { instancePath: instancePath + "/summary/resolved", schemaPath: "#/properties/summary/properties/resolved/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err126];
            } else {
              vErrors.push(err126);
            }
            errors++;
          }
          if (typeof data62 == "number") {
            if (data62 < 0 || isNaN(data62)) {
              const err127 = { instancePath: instancePath + "/summary/resolved", schemaPath: "#/properties/summary/properties/resolved/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err127];
              } else {
                vErrors.push(err127);
              }
              errors++;
            }
          }
        }
      } else {
        const err128 = { instancePath: instancePath + "/summary", schemaPath: "#/properties/summary/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err128];
        } else {
          vErrors.push(err128);
        }
        errors++;
      }
    }
    if (data.rules !== void 0) {
      let data63 = data.rules;
      if (Array.isArray(data63)) {
        const len7 = data63.length;
        for (let i7 = 0; i7 < len7; i7++) {
          let data64 = data63[i7];
          if (data64 && typeof data64 == "object" && !Array.isArray(data64)) {
            if (data64.id === void 0) {
              const err129 = { instancePath: instancePath + "/rules/" + i7, schemaPath: "#/properties/rules/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
              if (vErrors === null) {
                vErrors = [err129];
              } else {
                vErrors.push(err129);
              }
              errors++;
            }
            if (data64.name === void 0) {
              const err130 = { instancePath: instancePath + "/rules/" + i7, schemaPath: "#/properties/rules/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
              if (vErrors === null) {
                vErrors = [err130];
              } else {
                vErrors.push(err130);
              }
              errors++;
            }
            if (data64.title === void 0) {
              const err131 = { instancePath: instancePath + "/rules/" + i7, schemaPath: "#/properties/rules/items/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'" };
              if (vErrors === null) {
                vErrors = [err131];
              } else {
                vErrors.push(err131);
              }
              errors++;
            }
            if (data64.practice === void 0) {
              const err132 = { instancePath: instancePath + "/rules/" + i7, schemaPath: "#/properties/rules/items/required", keyword: "required", params: { missingProperty: "practice" }, message: "must have required property 'practice'" };
              if (vErrors === null) {
                vErrors = [err132];
              } else {
                vErrors.push(err132);
              }
              errors++;
            }
            if (data64.helpUri === void 0) {
              const err133 = { instancePath: instancePath + "/rules/" + i7, schemaPath: "#/properties/rules/items/required", keyword: "required", params: { missingProperty: "helpUri" }, message: "must have required property 'helpUri'" };
              if (vErrors === null) {
                vErrors = [err133];
              } else {
                vErrors.push(err133);
              }
              errors++;
            }
            if (data64.defaultSeverity === void 0) {
              const err134 = { instancePath: instancePath + "/rules/" + i7, schemaPath: "#/properties/rules/items/required", keyword: "required", params: { missingProperty: "defaultSeverity" }, message: "must have required property 'defaultSeverity'" };
              if (vErrors === null) {
                vErrors = [err134];
              } else {
                vErrors.push(err134);
              }
              errors++;
            }
            if (data64.rationale === void 0) {
              const err135 = { instancePath: instancePath + "/rules/" + i7, schemaPath: "#/properties/rules/items/required", keyword: "required", params: { missingProperty: "rationale" }, message: "must have required property 'rationale'" };
              if (vErrors === null) {
                vErrors = [err135];
              } else {
                vErrors.push(err135);
              }
              errors++;
            }
            if (data64.remediation === void 0) {
              const err136 = { instancePath: instancePath + "/rules/" + i7, schemaPath: "#/properties/rules/items/required", keyword: "required", params: { missingProperty: "remediation" }, message: "must have required property 'remediation'" };
              if (vErrors === null) {
                vErrors = [err136];
              } else {
                vErrors.push(err136);
              }
              errors++;
            }
            for (const key11 in data64) {
              if (!(key11 === "id" || key11 === "name" || key11 === "title" || key11 === "practice" || key11 === "helpUri" || key11 === "defaultSeverity" || key11 === "rationale" || key11 === "remediation")) {
                const err137 = { instancePath: instancePath + "/rules/" + i7, schemaPath: "#/properties/rules/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err137];
                } else {
                  vErrors.push(err137);
                }
                errors++;
              }
            }
            if (data64.id !== void 0) {
              let data65 = data64.id;
              if (typeof data65 === "string") {
                if (!pattern9.test(data65)) {
                  const err138 = { instancePath: instancePath + "/rules/" + i7 + "/id", schemaPath: "#/properties/rules/items/properties/id/pattern", keyword: "pattern", params: { pattern: "^ELBIR[0-9]{3}$" }, message: 'must match pattern "^ELBIR[0-9]{3}$"' };
                  if (vErrors === null) {
                    vErrors = [err138];
                  } else {
                    vErrors.push(err138);
                  }
                  errors++;
                }
              } else {
                const err139 = { instancePath: instancePath + "/rules/" + i7 + "/id", schemaPath: "#/properties/rules/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err139];
                } else {
                  vErrors.push(err139);
                }
                errors++;
              }
            }
            if (data64.name !== void 0) {
              if (typeof data64.name !== "string") {
                const err140 = { instancePath: instancePath + "/rules/" + i7 + "/name", schemaPath: "#/properties/rules/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err140];
                } else {
                  vErrors.push(err140);
                }
                errors++;
              }
            }
            if (data64.title !== void 0) {
              if (typeof data64.title !== "string") {
                const err141 = { instancePath: instancePath + "/rules/" + i7 + "/title", schemaPath: "#/properties/rules/items/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err141];
                } else {
                  vErrors.push(err141);
                }
                errors++;
              }
            }
            if (data64.practice !== void 0) {
              if (typeof data64.practice !== "string") {
                const err142 = { instancePath: instancePath + "/rules/" + i7 + "/practice", schemaPath: "#/properties/rules/items/properties/practice/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err142];
                } else {
                  vErrors.push(err142);
                }
                errors++;
              }
            }
            if (data64.helpUri !== void 0) {
              let data69 = data64.helpUri;
              if (typeof data69 === "string") {
                if (!pattern12.test(data69)) {
                  const err143 = { instancePath: instancePath + "/rules/" + i7 + "/helpUri", schemaPath: "#/properties/rules/items/properties/helpUri/pattern", keyword: "pattern", params: { pattern: "^https://" }, message: 'must match pattern "^https://"' };
                  if (vErrors === null) {
                    vErrors = [err143];
                  } else {
                    vErrors.push(err143);
                  }
                  errors++;
                }
              } else {
                const err144 = { instancePath: instancePath + "/rules/" + i7 + "/helpUri", schemaPath: "#/properties/rules/items/properties/helpUri/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err144];
                } else {
                  vErrors.push(err144);
                }
                errors++;
              }
            }
            if (data64.defaultSeverity !== void 0) {
              let data70 = data64.defaultSeverity;
              if (!(data70 === "error" || data70 === "warning" || data70 === "notice")) {
                const err145 = { instancePath: instancePath + "/rules/" + i7 + "/defaultSeverity", schemaPath: "#/properties/rules/items/properties/defaultSeverity/enum", keyword: "enum", params: { allowedValues: schema17.properties.rules.items.properties.defaultSeverity.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err145];
                } else {
                  vErrors.push(err145);
                }
                errors++;
              }
            }
            if (data64.rationale !== void 0) {
              if (typeof data64.rationale !== "string") {
                const err146 = { instancePath: instancePath + "/rules/" + i7 + "/rationale", schemaPath: "#/properties/rules/items/properties/rationale/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err146];
                } else {
                  vErrors.push(err146);
                }
                errors++;
              }
            }
            if (data64.remediation !== void 0) {
              if (typeof data64.remediation !== "string") {
                const err147 = { instancePath: instancePath + "/rules/" + i7 + "/remediation", schemaPath: "#/properties/rules/items/properties/remediation/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err147];
                } else {
                  vErrors.push(err147);
                }
                errors++;
              }
            }
          } else {
            const err148 = { instancePath: instancePath + "/rules/" + i7, schemaPath: "#/properties/rules/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err148];
            } else {
              vErrors.push(err148);
            }
            errors++;
          }
        }
      } else {
        const err149 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err149];
        } else {
          vErrors.push(err149);
        }
        errors++;
      }
    }
    if (data.problems !== void 0) {
      let data73 = data.problems;
      if (Array.isArray(data73)) {
        const len8 = data73.length;
        for (let i8 = 0; i8 < len8; i8++) {
          if (typeof data73[i8] !== "string") {
            const err150 = { instancePath: instancePath + "/problems/" + i8, schemaPath: "#/properties/problems/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err150];
            } else {
              vErrors.push(err150);
            }
            errors++;
          }
        }
      } else {
        const err151 = { instancePath: instancePath + "/problems", schemaPath: "#/properties/problems/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err151];
        } else {
          vErrors.push(err151);
        }
        errors++;
      }
    }
    if (data.warnings !== void 0) {
      let data75 = data.warnings;
      if (Array.isArray(data75)) {
        const len9 = data75.length;
        for (let i9 = 0; i9 < len9; i9++) {
          if (typeof data75[i9] !== "string") {
            const err152 = { instancePath: instancePath + "/warnings/" + i9, schemaPath: "#/properties/warnings/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err152];
            } else {
              vErrors.push(err152);
            }
            errors++;
          }
        }
      } else {
        const err153 = { instancePath: instancePath + "/warnings", schemaPath: "#/properties/warnings/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err153];
        } else {
          vErrors.push(err153);
        }
        errors++;
      }
    }
  } else {
    const err154 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err154];
    } else {
      vErrors.push(err154);
    }
    errors++;
  }
  validate19.errors = vErrors;
  return errors === 0;
}

// src/config/settings.ts
import { existsSync } from "node:fs";
function defaultSettings() {
  return { rules: /* @__PURE__ */ new Map(), logArchive: { buckets: [], accounts: [] }, playbooks: [], exemptions: [], source: null };
}
async function settingsFrom(given, defaultPlaces, root) {
  const file = given ?? defaultPlaces.find((place) => existsSync(place));
  if (!file) return defaultSettings();
  const { loadSettings } = await import("./load-MOY644TL.js");
  return loadSettings(file, { root });
}

// src/util/glob.ts
function segment(chars) {
  const one = chars.some((c) => c === null) ? chars.map((c) => c === null) : null;
  return { text: chars.map((c) => c ?? "?").join(""), one };
}
function compile(parts, hasStar) {
  return { segments: parts.map(segment), hasStar };
}
function compileGlob(pattern) {
  const parts = [[]];
  let hasStar = false;
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i];
    if (char === "*") {
      hasStar = true;
      if (parts[parts.length - 1].length > 0 || parts.length === 1) parts.push([]);
    } else parts[parts.length - 1].push(char === "?" ? null : char);
  }
  return compile(parts, hasStar);
}
function compileEventBridgeWildcard(pattern) {
  const parts = [[]];
  let hasStar = false;
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i];
    if (char === "\\") {
      const next = pattern[i + 1];
      if (next !== "*" && next !== "\\") return null;
      parts[parts.length - 1].push(next);
      i++;
    } else if (char === "*") {
      if (pattern[i + 1] === "*") return null;
      hasStar = true;
      parts.push([]);
    } else parts[parts.length - 1].push(char);
  }
  return compile(parts, hasStar);
}
function matchesAt(value, at, part) {
  if (at < 0 || at + part.text.length > value.length) return false;
  if (!part.one) return value.startsWith(part.text, at);
  for (let k = 0; k < part.text.length; k++) {
    if (!part.one[k] && value.charCodeAt(at + k) !== part.text.charCodeAt(k)) return false;
  }
  return true;
}
function find(value, from, end, part) {
  if (!part.one) {
    const at = value.indexOf(part.text, from);
    return at >= 0 && at + part.text.length <= end ? at : -1;
  }
  for (let at = from; at + part.text.length <= end; at++) if (matchesAt(value, at, part)) return at;
  return -1;
}
function wildcardMatches(value, pattern) {
  const { segments, hasStar } = pattern;
  const first = segments[0];
  if (!hasStar) return value.length === first.text.length && matchesAt(value, 0, first);
  const last = segments[segments.length - 1];
  if (first.text.length + last.text.length > value.length) return false;
  if (!matchesAt(value, 0, first) || !matchesAt(value, value.length - last.text.length, last)) return false;
  let position = first.text.length;
  const end = value.length - last.text.length;
  for (let i = 1; i < segments.length - 1; i++) {
    const at = find(value, position, end, segments[i]);
    if (at < 0) return false;
    position = at + segments[i].text.length;
  }
  return true;
}
function matchesPattern(value, pattern) {
  return wildcardMatches(value, compileGlob(pattern));
}

export {
  compileGlob,
  compileEventBridgeWildcard,
  wildcardMatches,
  matchesPattern,
  realPath,
  staysInside,
  shownPath,
  toPosix,
  relativeBelow,
  validatePlan,
  validateConfig,
  validateReport,
  defaultSettings,
  settingsFrom
};
