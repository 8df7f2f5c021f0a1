// JSON schemas for the operators' custom resources that no npm package models: CloudNativePG (Cluster, Database)
// and the OT redis-operator (Redis, RedisCluster). Each covers the fields Agrovet uses, with the types and required
// fields of the operator's CRD, and refuses any other field, so a typo fails here rather than being pruned by the API
// server. A new field used in infra/k8s is added here, after checking it in the operator's CRD reference.

const quantity = { anyOf: [{ type: "string", pattern: "^[0-9.]+(m|Ki|Mi|Gi|Ti|k|M|G|T)?$" }, { type: "number" }] };
const resources = {
  type: "object",
  additionalProperties: false,
  properties: {
    requests: { type: "object", additionalProperties: quantity },
    limits: { type: "object", additionalProperties: quantity },
  },
};
const localRef = { type: "object", additionalProperties: false, required: ["name"], properties: { name: { type: "string", minLength: 1 } } };
const pvcTemplate = {
  type: "object",
  additionalProperties: false,
  required: ["spec"],
  properties: {
    spec: {
      type: "object",
      additionalProperties: false,
      required: ["accessModes", "resources"],
      properties: {
        accessModes: { type: "array", items: { enum: ["ReadWriteOnce", "ReadWriteMany", "ReadOnlyMany", "ReadWriteOncePod"] } },
        storageClassName: { type: "string" },
        resources: resources,
      },
    },
  },
};
const metadata = { type: "object", required: ["name"], properties: { name: { type: "string", pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$" } } };
const resource = (apiVersion, kind, spec) => ({
  type: "object",
  additionalProperties: false,
  required: ["apiVersion", "kind", "metadata", "spec"],
  properties: { apiVersion: { const: apiVersion }, kind: { const: kind }, metadata, spec },
});

// https://cloudnative-pg.io/documentation/current/cloudnative-pg.v1/#postgresql-cnpg-io-v1-ClusterSpec
const cnpgCluster = resource("postgresql.cnpg.io/v1", "Cluster", {
  type: "object",
  additionalProperties: false,
  required: ["instances", "storage"],
  properties: {
    instances: { type: "integer", minimum: 1 },
    imageName: { type: "string" },
    primaryUpdateStrategy: { enum: ["unsupervised", "supervised"] },
    enableSuperuserAccess: { type: "boolean" },
    superuserSecret: localRef,
    storage: { type: "object", additionalProperties: false, properties: { size: { type: "string" }, storageClass: { type: "string" } } },
    resources,
    postgresql: {
      type: "object",
      additionalProperties: false,
      properties: {
        parameters: { type: "object", additionalProperties: { type: "string" } },
        pg_hba: { type: "array", items: { type: "string", pattern: "^(local|host|hostssl|hostnossl)\\s" } },
      },
    },
    bootstrap: {
      type: "object",
      additionalProperties: false,
      properties: {
        initdb: {
          type: "object",
          additionalProperties: false,
          properties: { database: { type: "string" }, owner: { type: "string" }, secret: localRef },
        },
      },
    },
    managed: {
      type: "object",
      additionalProperties: false,
      properties: {
        roles: {
          type: "array",
          items: {
            type: "object",
            additionalProperties: false,
            required: ["name"],
            properties: {
              name: { type: "string" },
              ensure: { enum: ["present", "absent"] },
              login: { type: "boolean" },
              superuser: { type: "boolean" },
              createdb: { type: "boolean" },
              passwordSecret: localRef,
              connectionLimit: { type: "integer" },
            },
          },
        },
      },
    },
    monitoring: { type: "object", additionalProperties: false, properties: { enablePodMonitor: { type: "boolean" } } },
  },
});

// https://cloudnative-pg.io/documentation/current/cloudnative-pg.v1/#postgresql-cnpg-io-v1-DatabaseSpec
const cnpgDatabase = resource("postgresql.cnpg.io/v1", "Database", {
  type: "object",
  additionalProperties: false,
  required: ["cluster", "name", "owner"],
  properties: {
    cluster: localRef,
    name: { type: "string" },
    owner: { type: "string" },
    ensure: { enum: ["present", "absent"] },
    databaseReclaimPolicy: { enum: ["retain", "delete"] },
  },
});

// https://ot-redis-operator.netlify.app/docs/crd-reference/redis-api/
const kubernetesConfig = {
  type: "object",
  additionalProperties: false,
  required: ["image"],
  properties: {
    image: { type: "string" },
    imagePullPolicy: { enum: ["Always", "IfNotPresent", "Never"] },
    resources,
    redisSecret: {
      type: "object",
      additionalProperties: false,
      required: ["name", "key"],
      properties: { name: { type: "string" }, key: { type: "string" } },
    },
  },
};
const redisConfig = { type: "object", additionalProperties: false, properties: { additionalRedisConfig: { type: "string" } } };
const storage = {
  type: "object",
  additionalProperties: false,
  properties: { volumeClaimTemplate: pvcTemplate, nodeConfVolume: { type: "boolean" }, nodeConfVolumeClaimTemplate: pvcTemplate },
};
const redisExporter = {
  type: "object",
  additionalProperties: false,
  properties: { enabled: { type: "boolean" }, image: { type: "string" } },
};

const otRedis = resource("redis.redis.opstreelabs.in/v1beta2", "Redis", {
  type: "object",
  additionalProperties: false,
  required: ["kubernetesConfig"],
  properties: { kubernetesConfig, redisConfig, storage, redisExporter },
});

const otRedisCluster = resource("redis.redis.opstreelabs.in/v1beta2", "RedisCluster", {
  type: "object",
  additionalProperties: false,
  required: ["clusterSize", "kubernetesConfig"],
  properties: {
    clusterSize: { type: "integer", minimum: 3 },
    clusterVersion: { enum: ["v6", "v7"] },
    persistenceEnabled: { type: "boolean" },
    kubernetesConfig,
    redisExporter,
    redisLeader: { type: "object", additionalProperties: false, properties: { replicas: { type: "integer", minimum: 3 }, redisConfig } },
    redisFollower: { type: "object", additionalProperties: false, properties: { replicas: { type: "integer", minimum: 0 }, redisConfig } },
    storage,
  },
});

export const operatorSchemas = {
  "postgresql.cnpg.io/v1/Cluster": cnpgCluster,
  "postgresql.cnpg.io/v1/Database": cnpgDatabase,
  "redis.redis.opstreelabs.in/v1beta2/Redis": otRedis,
  "redis.redis.opstreelabs.in/v1beta2/RedisCluster": otRedisCluster,
};
