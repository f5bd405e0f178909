import { inDomain, type RuleSpec } from "./types";

/**
 * An AWS service's SDK package in every ecosystem where AWS publishes one per service: npm
 * `@aws-sdk/client-<id>`, Go `aws-sdk-go-v2/service/<id>`, RubyGems and Cargo `aws-sdk-<id>`, Maven
 * `software.amazon.awssdk:<id>` and NuGet `AWSSDK.<name>`. Merged into the service's own rule.
 */
function sdk(title: string, id: string, nuget: string): RuleSpec {
  const plain = id.replaceAll("-", "");
  return {
    title,
    dependencies: {
      npm: [`@aws-sdk/client-${id}`],
      go: [`github.com/aws/aws-sdk-go-v2/service/${plain}`],
      rubygems: [`aws-sdk-${plain}`],
      cargo: [`aws-sdk-${plain}`],
      maven: [`software.amazon.awssdk:${plain}`],
      nuget: [`AWSSDK.${nuget}`],
    },
  };
}

/** AWS services by their per-service SDKs (Terraform resources and modules live in cloud-services.ts). */
export const AWS_SDK_RULES = inDomain("platforms", [
  sdk("Amazon S3", "s3", "S3"),
  sdk("Amazon SQS", "sqs", "SQS"),
  sdk("Amazon SNS", "sns", "SimpleNotificationService"),
  sdk("Amazon SES", "sesv2", "SimpleEmailV2"),
  sdk("Amazon SES", "ses", "SimpleEmail"),
  sdk("Amazon DynamoDB", "dynamodb", "DynamoDBv2"),
  sdk("AWS Lambda", "lambda", "Lambda"),
  sdk("Amazon Kinesis", "kinesis", "Kinesis"),
  sdk("Amazon CloudWatch", "cloudwatch", "CloudWatch"),
  sdk("Amazon CloudWatch", "cloudwatch-logs", "CloudWatchLogs"),
  sdk("AWS Secrets Manager", "secrets-manager", "SecretsManager"),
  sdk("Amazon Cognito", "cognito-identity-provider", "CognitoIdentityProvider"),
  sdk("AWS Step Functions", "sfn", "StepFunctions"),
  sdk("Amazon ECR", "ecr", "ECR"),
  sdk("Amazon ECS", "ecs", "ECS"),
  sdk("Amazon EC2", "ec2", "EC2"),
  sdk("AWS KMS", "kms", "KeyManagementService"),
  sdk("Amazon EventBridge", "eventbridge", "EventBridge"),
  sdk("Amazon Bedrock", "bedrock-runtime", "BedrockRuntime"),
  sdk("Amazon RDS", "rds", "RDS"),
  sdk("Amazon CloudFront", "cloudfront", "CloudFront"),
  sdk("Amazon Route 53", "route-53", "Route53"),
  sdk("Amazon API Gateway", "api-gateway", "APIGateway"),
]);
