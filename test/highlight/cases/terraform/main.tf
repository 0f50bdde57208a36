terraform {
  required_version = ">= 1.3.0"
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

provider "aws" {
  region = var.region
}

variable "region" {
  type    = string
  default = "eu-west-1"
}

variable "instance_count" {
  default = 2
}

locals {
  common_tags = {
    Project = "blog"
    Env     = "${var.env}-${terraform.workspace}"
  }
}

# A bucket for the static site
resource "aws_s3_bucket" "site" {
  bucket = "my-site-${var.env}"
  tags   = local.common_tags
  count  = var.instance_count > 1 ? 1 : 0
}

resource "aws_instance" "web" {
  ami           = data.aws_ami.ubuntu.id
  instance_type = "t3.micro"
  user_data     = <<-EOT
    #!/bin/bash
    echo "hello ${var.region}"
  EOT
  lifecycle {
    create_before_destroy = true
  }
}

output "bucket_arn" {
  value = aws_s3_bucket.site[*].arn
  description = 'the ARN'
}

module "vpc" {
  source = "terraform-aws-modules/vpc/aws"
  cidr   = "10.0.0.0/16"
  azs    = ["eu-west-1a", "eu-west-1b"]
  name   = "${replace(var.name, "/[^a-z]/", "")}"
}
