// Validates Kubernetes manifests rendered by `kubectl kustomize`, one file per overlay:
//   node validate-manifests.mjs [--rules <prometheus rules file>] <overlay>=<rendered.yaml> ...
// Per overlay it reports, as TAP-like lines counted by ./agrovet test:
//   - schema: every document against its kind's schema (Kubernetes' own OpenAPI schemas through kubernetes-models,
//     the Prometheus Operator's and External Secrets' CRDs through their @kubernetes-models packages, the CloudNativePG
//     and OT redis-operator resources through operator-schemas.mjs); a kind without a schema fails;
//   - workloads: probes on /health/ and /health/ready, requests and limits, non-root, a PodDisruptionBudget per
//     Deployment, autoscalers for gateway, chat and compute;
//   - references: every Secret, ConfigMap, PersistentVolumeClaim and Service that a manifest names exists in the
//     render (or is made by an operator from one that does);
//   - rules: a PrometheusRule holds exactly the groups of the Prometheus rules file.
import { readFileSync } from "node:fs";
import { isDeepStrictEqual } from "node:util";
import Ajv from "ajv";
import { parse, parseAllDocuments } from "yaml";
import { operatorSchemas } from "./operator-schemas.mjs";

const kubernetesGroups = new Set(["", "apps", "batch", "policy", "autoscaling", "networking.k8s.io", "rbac.authorization.k8s.io"]);
const packageOfGroup = {
  "monitoring.coreos.com": "@kubernetes-models/prometheus-operator",
  "external-secrets.io": "@kubernetes-models/external-secrets",
};
const autoscaled = ["gateway", "chat", "compute"];
// Secrets that an operator creates from resources in the render: CloudNativePG's superuser secret of a Cluster.
const operatorSecrets = (docs) => docs.filter((d) => d.kind === "Cluster").map((d) => `${d.metadata.name}-superuser`);

const ajv = new Ajv({ allErrors: true, strict: false });
const operatorValidators = Object.fromEntries(Object.entries(operatorSchemas).map(([key, schema]) => [key, ajv.compile(schema)]));

let passed = 0;
let failed = 0;
const report = (ok, name, problems = []) => {
  if (ok) {
    passed++;
    console.log(`ok ${name}`);
  } else {
    failed++;
    console.log(`not ok ${name}`);
    for (const problem of problems.slice(0, 30)) console.log(`  # ${problem}`);
    if (problems.length > 30) console.log(`  # ... and ${problems.length - 30} more`);
  }
};

async function modelOf(apiVersion, kind) {
  const [group, version] = apiVersion.includes("/") ? apiVersion.split("/") : ["", apiVersion];
  let module;
  try {
    if (kubernetesGroups.has(group)) {
      module = await import(`kubernetes-models/${group ? `${group}/` : ""}${version}/${kind}`);
    } else if (packageOfGroup[group]) {
      module = await import(`${packageOfGroup[group]}/${group}/${version}/${kind}`);
    }
  } catch {
    return null;
  }
  return module?.[kind] ?? null;
}

async function schemaProblems(doc) {
  const key = `${doc.apiVersion}/${doc.kind}`;
  const where = `${doc.kind}/${doc.metadata?.name}`;
  if (operatorValidators[key]) {
    const validate = operatorValidators[key];
    return validate(doc) ? [] : validate.errors.map((e) => `${where}${e.instancePath} ${e.message}${e.params?.additionalProperty ? ` (${e.params.additionalProperty})` : ""}`);
  }
  const Model = await modelOf(doc.apiVersion, doc.kind);
  if (!Model) return [`${where}: no schema for ${key} (add one, or use a kind that has one)`];
  try {
    new Model(doc).validate();
    return [];
  } catch (error) {
    return [`${where}: ${error.message}`];
  }
}

const podSpecOf = (doc) =>
  doc.kind === "CronJob" ? doc.spec.jobTemplate.spec.template.spec : ["Deployment", "Job"].includes(doc.kind) ? doc.spec.template.spec : null;

function workloadProblems(docs) {
  const problems = [];
  const deployments = docs.filter((d) => d.kind === "Deployment");
  for (const deployment of deployments) {
    const name = deployment.metadata.name;
    const pod = deployment.spec.template.spec;
    if (pod.securityContext?.runAsNonRoot !== true) problems.push(`Deployment/${name}: pod securityContext.runAsNonRoot is not true`);
    for (const container of pod.containers) {
      const where = `Deployment/${name} container ${container.name}`;
      if (container.livenessProbe?.httpGet?.path !== "/health/") problems.push(`${where}: livenessProbe must GET /health/`);
      if (container.readinessProbe?.httpGet?.path !== "/health/ready") problems.push(`${where}: readinessProbe must GET /health/ready`);
      for (const part of ["requests", "limits"]) {
        for (const resource of ["cpu", "memory"]) {
          if (!container.resources?.[part]?.[resource]) problems.push(`${where}: resources.${part}.${resource} is missing`);
        }
      }
      if (container.securityContext?.allowPrivilegeEscalation !== false) problems.push(`${where}: allowPrivilegeEscalation must be false`);
    }
    const labels = deployment.spec.template.metadata.labels ?? {};
    const selects = (selector) => Object.entries(selector?.matchLabels ?? {}).every(([k, v]) => labels[k] === v);
    if (!docs.some((d) => d.kind === "PodDisruptionBudget" && selects(d.spec.selector))) problems.push(`Deployment/${name}: no PodDisruptionBudget selects it`);
    const autoscaler = docs.find((d) => d.kind === "HorizontalPodAutoscaler" && d.spec.scaleTargetRef.kind === "Deployment" && d.spec.scaleTargetRef.name === name);
    if (autoscaled.includes(name) && !autoscaler) problems.push(`Deployment/${name}: no HorizontalPodAutoscaler`);
    if (autoscaler && deployment.spec.replicas !== undefined) problems.push(`Deployment/${name}: sets replicas although its autoscaler owns them`);
  }
  for (const doc of docs.filter((d) => ["Job", "CronJob"].includes(d.kind))) {
    const pod = podSpecOf(doc);
    if (pod.securityContext?.runAsNonRoot !== true) problems.push(`${doc.kind}/${doc.metadata.name}: pod securityContext.runAsNonRoot is not true`);
    for (const container of [...(pod.initContainers ?? []), ...pod.containers]) {
      if (!container.resources?.limits?.memory) problems.push(`${doc.kind}/${doc.metadata.name} container ${container.name}: no memory limit`);
    }
  }
  return problems;
}

function referenceProblems(docs) {
  const problems = [];
  const names = (kind) => new Set(docs.filter((d) => d.kind === kind).map((d) => d.metadata.name));
  const secrets = new Set([...names("Secret"), ...docs.filter((d) => d.kind === "ExternalSecret").map((d) => d.spec.target?.name ?? d.metadata.name), ...operatorSecrets(docs)]);
  const configMaps = names("ConfigMap");
  const claims = names("PersistentVolumeClaim");
  const services = names("Service");
  const deployments = names("Deployment");
  const need = (set, kind, name, where) => {
    if (name && !set.has(name)) problems.push(`${where}: ${kind} "${name}" is not in the render`);
  };
  for (const doc of docs) {
    const where = `${doc.kind}/${doc.metadata.name}`;
    const pod = podSpecOf(doc);
    if (pod) {
      for (const container of [...(pod.initContainers ?? []), ...pod.containers]) {
        for (const source of container.envFrom ?? []) {
          need(configMaps, "ConfigMap", source.configMapRef?.name, where);
          need(secrets, "Secret", source.secretRef?.name, where);
        }
        for (const variable of container.env ?? []) {
          need(secrets, "Secret", variable.valueFrom?.secretKeyRef?.name, where);
          need(configMaps, "ConfigMap", variable.valueFrom?.configMapKeyRef?.name, where);
        }
      }
      for (const volume of pod.volumes ?? []) {
        need(claims, "PersistentVolumeClaim", volume.persistentVolumeClaim?.claimName, where);
        need(secrets, "Secret", volume.secret?.secretName, where);
        need(configMaps, "ConfigMap", volume.configMap?.name, where);
      }
    }
    if (doc.kind === "Ingress") {
      for (const rule of doc.spec.rules ?? []) {
        for (const path of rule.http?.paths ?? []) need(services, "Service", path.backend.service?.name, where);
      }
    }
    if (doc.kind === "HorizontalPodAutoscaler" || doc.kind === "PodDisruptionBudget") {
      const target = doc.kind === "HorizontalPodAutoscaler" ? doc.spec.scaleTargetRef.name : doc.metadata.name;
      need(deployments, "Deployment", target, where);
    }
    if (doc.kind === "Cluster") {
      need(secrets, "Secret", doc.spec.bootstrap?.initdb?.secret?.name, where);
      for (const role of doc.spec.managed?.roles ?? []) need(secrets, "Secret", role.passwordSecret?.name, where);
    }
    if (doc.kind === "Redis" || doc.kind === "RedisCluster") {
      need(secrets, "Secret", doc.spec.kubernetesConfig.redisSecret?.name, where);
      need(configMaps, "ConfigMap", doc.spec.redisLeader?.redisConfig?.additionalRedisConfig ?? doc.spec.redisConfig?.additionalRedisConfig, where);
    }
    if (doc.kind === "Service" && !docs.some((d) => d.kind === "Deployment" && Object.entries(doc.spec.selector ?? {}).every(([k, v]) => d.spec.template.metadata.labels?.[k] === v))) {
      problems.push(`${where}: selects no Deployment`);
    }
  }
  return problems;
}

function rulesProblems(docs, rulesFile) {
  if (!rulesFile) return [];
  const expected = parse(readFileSync(rulesFile, "utf8")).groups;
  const rules = docs.filter((d) => d.kind === "PrometheusRule");
  if (rules.length === 0) return [`no PrometheusRule in the render (the groups of ${rulesFile} belong in one)`];
  return rules.flatMap((rule) =>
    isDeepStrictEqual(rule.spec.groups, expected)
      ? []
      : [`PrometheusRule/${rule.metadata.name}: its groups differ from ${rulesFile} (copy them over: the file is the source)`]);
}

const args = process.argv.slice(2);
let rulesFile = null;
const overlays = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === "--rules") rulesFile = args[++i];
  else overlays.push(args[i].split("="));
}
if (overlays.length === 0) {
  console.error("usage: node validate-manifests.mjs [--rules <file>] <overlay>=<rendered.yaml> ...");
  process.exit(2);
}

for (const [overlay, file] of overlays) {
  const documents = parseAllDocuments(readFileSync(file, "utf8"));
  const yamlErrors = documents.flatMap((d) => d.errors.map((e) => e.message));
  const docs = documents.map((d) => d.toJS()).filter(Boolean);
  const problems = [...yamlErrors];
  for (const doc of docs) problems.push(...(await schemaProblems(doc)));
  report(problems.length === 0 && docs.length > 0, `k8s ${overlay}: ${docs.length} manifests valid against their schemas`, docs.length ? problems : ["nothing rendered"]);
  const workloads = workloadProblems(docs);
  report(workloads.length === 0, `k8s ${overlay}: probes, resources, non-root, disruption budgets and autoscalers`, workloads);
  const references = referenceProblems(docs);
  report(references.length === 0, `k8s ${overlay}: every Secret, ConfigMap, volume claim and Service named exists`, references);
  if (rulesFile) {
    const rules = rulesProblems(docs, rulesFile);
    report(rules.length === 0, `k8s ${overlay}: the PrometheusRule matches ${rulesFile}`, rules);
  }
}

console.log(`# pass ${passed}`);
console.log(`# fail ${failed}`);
process.exit(failed === 0 ? 0 : 1);
