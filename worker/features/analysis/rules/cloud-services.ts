import { inDomain } from "./types";

const aws = (service: string) => [`@aws-sdk/client-${service}`];
const awsGo = (service: string) => [`github.com/aws/aws-sdk-go-v2/service/${service}`];
const tfAws = (module: string) => [`terraform-aws-modules/${module}/aws`, `terraform-aws-modules/${module}/aws//*`];

/**
 * AWS services, recognised by their SDK packages in each ecosystem and by the Terraform
 * resource types and registry modules that create them.
 */
export const CLOUD_SERVICE_RULES = inDomain("platforms", [
  { title: "Amazon Web Services", resources: ["aws_*"], dependencies: { nuget: ["AWSSDK.*"], pypi: ["boto3"] } },
  {
    title: "Amazon EKS",
    resources: ["aws_eks_*"],
    dependencies: { terraform: [...tfAws("eks"), "aws-ia/eks-blueprints-*"], npm: aws("eks") },
    files: ["**/eksctl.yaml"],
  },
  {
    title: "Amazon VPC",
    resources: ["aws_vpc", "aws_vpc_*", "aws_subnet", "aws_nat_gateway", "aws_internet_gateway", "aws_route_table*"],
    dependencies: { terraform: tfAws("vpc") },
  },
  { title: "AWS IAM", resources: ["aws_iam_*"], dependencies: { terraform: tfAws("iam") } },
  { title: "AWS KMS", resources: ["aws_kms_*"], dependencies: { terraform: tfAws("kms"), npm: aws("kms") } },
  {
    title: "Amazon EventBridge",
    resources: ["aws_cloudwatch_event_*", "aws_scheduler_*", "aws_pipes_*"],
    dependencies: { terraform: tfAws("eventbridge"), npm: aws("eventbridge") },
  },
  { title: "AWS Lambda", resources: ["aws_lambda_*"], dependencies: { terraform: tfAws("lambda") } },
  {
    title: "Amazon S3",
    resources: ["aws_s3_*"],
    dependencies: {
      terraform: tfAws("s3-bucket"),
      npm: [...aws("s3"), "@aws-sdk/s3-request-presigner", "@aws-sdk/lib-storage"],
      go: awsGo("s3"),
      rubygems: ["aws-sdk-s3"],
      composer: ["league/flysystem-aws-s3-v3"],
      nuget: ["AWSSDK.S3"],
      pypi: ["django-storages", "s3fs", "boto3-stubs[s3]"],
      cargo: ["aws-sdk-s3", "rusty-s3"],
    },
  },
  {
    title: "Amazon SQS",
    resources: ["aws_sqs_*"],
    dependencies: { terraform: tfAws("sqs"), go: awsGo("sqs"), nuget: ["AWSSDK.SQS"] },
  },
  {
    title: "Amazon SNS",
    resources: ["aws_sns_*"],
    dependencies: {
      terraform: tfAws("sns"),
      npm: aws("sns"),
      go: awsGo("sns"),
      nuget: ["AWSSDK.SimpleNotificationService"],
    },
  },
  {
    title: "Amazon SES",
    resources: ["aws_ses_*", "aws_sesv2_*"],
    dependencies: { npm: [...aws("ses"), ...aws("sesv2")], go: awsGo("sesv2"), nuget: ["AWSSDK.SimpleEmail*"] },
  },
  {
    title: "Amazon DynamoDB",
    resources: ["aws_dynamodb_*"],
    dependencies: {
      terraform: tfAws("dynamodb-table"),
      npm: [...aws("dynamodb"), "@aws-sdk/lib-dynamodb"],
      go: awsGo("dynamodb"),
      nuget: ["AWSSDK.DynamoDBv2"],
    },
  },
  {
    title: "Amazon RDS",
    resources: ["aws_db_*", "aws_rds_*"],
    dependencies: { terraform: tfAws("rds"), npm: aws("rds") },
  },
  { title: "Amazon Aurora", resources: ["aws_rds_cluster*"], dependencies: { terraform: tfAws("rds-aurora") } },
  { title: "Amazon ElastiCache", resources: ["aws_elasticache_*"], dependencies: { terraform: tfAws("elasticache") } },
  {
    title: "Amazon EC2",
    resources: ["aws_instance", "aws_launch_template", "aws_ami*", "aws_ec2_*", "aws_autoscaling_group"],
    dependencies: { terraform: tfAws("ec2-instance"), npm: aws("ec2") },
  },
  {
    title: "Amazon ECR",
    resources: ["aws_ecr_*"],
    dependencies: { terraform: tfAws("ecr"), "github-actions": ["aws-actions/amazon-ecr-login"] },
  },
  {
    title: "Amazon ECS",
    resources: ["aws_ecs_*"],
    dependencies: { terraform: tfAws("ecs"), "github-actions": ["aws-actions/amazon-ecs-*"] },
  },
  {
    title: "Amazon CloudFront",
    resources: ["aws_cloudfront_*"],
    dependencies: {
      terraform: tfAws("cloudfront"),
      npm: [...aws("cloudfront"), "@aws-sdk/cloudfront-signer"],
      go: awsGo("cloudfront"),
    },
  },
  { title: "Amazon Route 53", resources: ["aws_route53_*"], dependencies: { terraform: tfAws("route53") } },
  {
    title: "Amazon CloudWatch",
    resources: ["aws_cloudwatch_log_*", "aws_cloudwatch_metric_*", "aws_cloudwatch_dashboard"],
    dependencies: { npm: [...aws("cloudwatch"), ...aws("cloudwatch-logs")] },
  },
  {
    title: "Amazon API Gateway",
    resources: ["aws_api_gateway_*", "aws_apigatewayv2_*"],
    dependencies: { terraform: tfAws("apigateway-v2") },
  },
  {
    title: "Amazon Cognito",
    resources: ["aws_cognito_*"],
    dependencies: { npm: [...aws("cognito-identity-provider"), "amazon-cognito-identity-js"] },
  },
  {
    title: "AWS Secrets Manager",
    resources: ["aws_secretsmanager_*"],
    dependencies: { terraform: tfAws("secrets-manager"), npm: aws("secrets-manager") },
  },
  { title: "AWS Certificate Manager", resources: ["aws_acm_*"], dependencies: { terraform: tfAws("acm") } },
  {
    title: "Elastic Load Balancing",
    resources: ["aws_lb", "aws_lb_*", "aws_alb*", "aws_elb"],
    dependencies: { terraform: tfAws("alb") },
  },
  {
    title: "AWS Step Functions",
    resources: ["aws_sfn_*"],
    dependencies: { terraform: tfAws("step-functions"), npm: aws("sfn") },
  },
  { title: "Amazon Kinesis", resources: ["aws_kinesis_*"], dependencies: { npm: aws("kinesis") } },
  {
    title: "Amazon Bedrock",
    resources: ["aws_bedrock*"],
    dependencies: { npm: ["@aws-sdk/client-bedrock*", "@ai-sdk/amazon-bedrock"], pypi: ["langchain-aws"] },
  },
  {
    title: "Karpenter",
    dependencies: { terraform: ["terraform-aws-modules/eks/aws//modules/karpenter"] },
    signals: ["k8s:nodepool", "k8s:ec2nodeclass"],
  },
]);
