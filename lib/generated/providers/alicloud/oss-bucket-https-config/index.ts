// https://registry.terraform.io/providers/aliyun/alicloud/1.285.0/docs/resources/oss_bucket_https_config
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from '../../../../cdktf';
import { assertSameCore } from '../../../../core/core-guard';

// Configuration

export interface OssBucketHttpsConfigConfig extends cdktf.TerraformMetaArguments {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.285.0/docs/resources/oss_bucket_https_config#bucket OssBucketHttpsConfig#bucket}
  */
  readonly bucket: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.285.0/docs/resources/oss_bucket_https_config#enable OssBucketHttpsConfig#enable}
  */
  readonly enable: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.285.0/docs/resources/oss_bucket_https_config#id OssBucketHttpsConfig#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.285.0/docs/resources/oss_bucket_https_config#tls_versions OssBucketHttpsConfig#tls_versions}
  */
  readonly tlsVersions?: string[];
  /**
  * cipher_suit block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.285.0/docs/resources/oss_bucket_https_config#cipher_suit OssBucketHttpsConfig#cipher_suit}
  */
  readonly cipherSuit?: OssBucketHttpsConfigCipherSuit;
  /**
  * timeouts block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.285.0/docs/resources/oss_bucket_https_config#timeouts OssBucketHttpsConfig#timeouts}
  */
  readonly timeouts?: OssBucketHttpsConfigTimeouts;
}
export interface OssBucketHttpsConfigCipherSuit {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.285.0/docs/resources/oss_bucket_https_config#custom_cipher_suite OssBucketHttpsConfig#custom_cipher_suite}
  */
  readonly customCipherSuite?: string[];
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.285.0/docs/resources/oss_bucket_https_config#enable OssBucketHttpsConfig#enable}
  */
  readonly enable?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.285.0/docs/resources/oss_bucket_https_config#strong_cipher_suite OssBucketHttpsConfig#strong_cipher_suite}
  */
  readonly strongCipherSuite?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.285.0/docs/resources/oss_bucket_https_config#tls13_custom_cipher_suite OssBucketHttpsConfig#tls13_custom_cipher_suite}
  */
  readonly tls13CustomCipherSuite?: string[];
}

export function ossBucketHttpsConfigCipherSuitToTerraform(struct?: OssBucketHttpsConfigCipherSuitOutputReference | OssBucketHttpsConfigCipherSuit): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    custom_cipher_suite: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.customCipherSuite),
    enable: cdktf.booleanToTerraform(struct!.enable),
    strong_cipher_suite: cdktf.booleanToTerraform(struct!.strongCipherSuite),
    tls13_custom_cipher_suite: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.tls13CustomCipherSuite),
  }
}


export function ossBucketHttpsConfigCipherSuitToHclTerraform(struct?: OssBucketHttpsConfigCipherSuitOutputReference | OssBucketHttpsConfigCipherSuit): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    custom_cipher_suite: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.customCipherSuite),
      isBlock: false,
      type: "set",
      storageClassType: "stringList",
    },
    enable: {
      value: cdktf.booleanToHclTerraform(struct!.enable),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    strong_cipher_suite: {
      value: cdktf.booleanToHclTerraform(struct!.strongCipherSuite),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    tls13_custom_cipher_suite: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.tls13CustomCipherSuite),
      isBlock: false,
      type: "set",
      storageClassType: "stringList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class OssBucketHttpsConfigCipherSuitOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): OssBucketHttpsConfigCipherSuit | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._customCipherSuite !== undefined) {
      hasAnyValues = true;
      internalValueResult.customCipherSuite = this._customCipherSuite;
    }
    if (this._enable !== undefined) {
      hasAnyValues = true;
      internalValueResult.enable = this._enable;
    }
    if (this._strongCipherSuite !== undefined) {
      hasAnyValues = true;
      internalValueResult.strongCipherSuite = this._strongCipherSuite;
    }
    if (this._tls13CustomCipherSuite !== undefined) {
      hasAnyValues = true;
      internalValueResult.tls13CustomCipherSuite = this._tls13CustomCipherSuite;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: OssBucketHttpsConfigCipherSuit | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._customCipherSuite = undefined;
      this._enable = undefined;
      this._strongCipherSuite = undefined;
      this._tls13CustomCipherSuite = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._customCipherSuite = value.customCipherSuite;
      this._enable = value.enable;
      this._strongCipherSuite = value.strongCipherSuite;
      this._tls13CustomCipherSuite = value.tls13CustomCipherSuite;
    }
  }

  // custom_cipher_suite - computed: false, optional: true, required: false
  private _customCipherSuite?: string[]; 
  public get customCipherSuite() {
    return cdktf.Fn.tolist(this.getListAttribute('custom_cipher_suite'));
  }
  public set customCipherSuite(value: string[]) {
    this._customCipherSuite = value;
  }
  public resetCustomCipherSuite() {
    this._customCipherSuite = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get customCipherSuiteInput() {
    return this._customCipherSuite;
  }

  // enable - computed: true, optional: true, required: false
  private _enable?: boolean | cdktf.IResolvable; 
  public get enable() {
    return this.getBooleanAttribute('enable');
  }
  public set enable(value: boolean | cdktf.IResolvable) {
    this._enable = value;
  }
  public resetEnable() {
    this._enable = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get enableInput() {
    return this._enable;
  }

  // strong_cipher_suite - computed: false, optional: true, required: false
  private _strongCipherSuite?: boolean | cdktf.IResolvable; 
  public get strongCipherSuite() {
    return this.getBooleanAttribute('strong_cipher_suite');
  }
  public set strongCipherSuite(value: boolean | cdktf.IResolvable) {
    this._strongCipherSuite = value;
  }
  public resetStrongCipherSuite() {
    this._strongCipherSuite = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get strongCipherSuiteInput() {
    return this._strongCipherSuite;
  }

  // tls13_custom_cipher_suite - computed: false, optional: true, required: false
  private _tls13CustomCipherSuite?: string[]; 
  public get tls13CustomCipherSuite() {
    return cdktf.Fn.tolist(this.getListAttribute('tls13_custom_cipher_suite'));
  }
  public set tls13CustomCipherSuite(value: string[]) {
    this._tls13CustomCipherSuite = value;
  }
  public resetTls13CustomCipherSuite() {
    this._tls13CustomCipherSuite = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tls13CustomCipherSuiteInput() {
    return this._tls13CustomCipherSuite;
  }
}
export interface OssBucketHttpsConfigTimeouts {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.285.0/docs/resources/oss_bucket_https_config#create OssBucketHttpsConfig#create}
  */
  readonly create?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.285.0/docs/resources/oss_bucket_https_config#delete OssBucketHttpsConfig#delete}
  */
  readonly delete?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.285.0/docs/resources/oss_bucket_https_config#update OssBucketHttpsConfig#update}
  */
  readonly update?: string;
}

export function ossBucketHttpsConfigTimeoutsToTerraform(struct?: OssBucketHttpsConfigTimeouts | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    create: cdktf.stringToTerraform(struct!.create),
    delete: cdktf.stringToTerraform(struct!.delete),
    update: cdktf.stringToTerraform(struct!.update),
  }
}


export function ossBucketHttpsConfigTimeoutsToHclTerraform(struct?: OssBucketHttpsConfigTimeouts | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    create: {
      value: cdktf.stringToHclTerraform(struct!.create),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    delete: {
      value: cdktf.stringToHclTerraform(struct!.delete),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    update: {
      value: cdktf.stringToHclTerraform(struct!.update),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class OssBucketHttpsConfigTimeoutsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): OssBucketHttpsConfigTimeouts | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._create !== undefined) {
      hasAnyValues = true;
      internalValueResult.create = this._create;
    }
    if (this._delete !== undefined) {
      hasAnyValues = true;
      internalValueResult.delete = this._delete;
    }
    if (this._update !== undefined) {
      hasAnyValues = true;
      internalValueResult.update = this._update;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: OssBucketHttpsConfigTimeouts | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._create = undefined;
      this._delete = undefined;
      this._update = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._create = value.create;
      this._delete = value.delete;
      this._update = value.update;
    }
  }

  // create - computed: false, optional: true, required: false
  private _create?: string; 
  public get create() {
    return this.getStringAttribute('create');
  }
  public set create(value: string) {
    this._create = value;
  }
  public resetCreate() {
    this._create = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get createInput() {
    return this._create;
  }

  // delete - computed: false, optional: true, required: false
  private _delete?: string; 
  public get delete() {
    return this.getStringAttribute('delete');
  }
  public set delete(value: string) {
    this._delete = value;
  }
  public resetDelete() {
    this._delete = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get deleteInput() {
    return this._delete;
  }

  // update - computed: false, optional: true, required: false
  private _update?: string; 
  public get update() {
    return this.getStringAttribute('update');
  }
  public set update(value: string) {
    this._update = value;
  }
  public resetUpdate() {
    this._update = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get updateInput() {
    return this._update;
  }
}

/**
* Represents a {@link https://registry.terraform.io/providers/aliyun/alicloud/1.285.0/docs/resources/oss_bucket_https_config alicloud_oss_bucket_https_config}
*/
export class OssBucketHttpsConfig extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "alicloud_oss_bucket_https_config";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a OssBucketHttpsConfig resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the OssBucketHttpsConfig to import
  * @param importFromId The id of the existing OssBucketHttpsConfig that should be imported. Refer to the {@link https://registry.terraform.io/providers/aliyun/alicloud/1.285.0/docs/resources/oss_bucket_https_config#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the OssBucketHttpsConfig to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "alicloud_oss_bucket_https_config", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/aliyun/alicloud/1.285.0/docs/resources/oss_bucket_https_config alicloud_oss_bucket_https_config} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options OssBucketHttpsConfigConfig
  */
  public constructor(scope: Construct, id: string, config: OssBucketHttpsConfigConfig) {
    super(scope, id, {
      terraformResourceType: 'alicloud_oss_bucket_https_config',
      terraformGeneratorMetadata: {
        providerName: 'alicloud',
        providerVersion: '1.285.0',
        providerVersionConstraint: '1.285.0'
      },
      provider: config.provider,
      dependsOn: config.dependsOn,
      count: config.count,
      lifecycle: config.lifecycle,
      provisioners: config.provisioners,
      connection: config.connection,
      forEach: config.forEach
    });
    assertSameCore(this, this.terraformResourceType);
    this._bucket = config.bucket;
    this._enable = config.enable;
    this._id = config.id;
    this._tlsVersions = config.tlsVersions;
    if (config.cipherSuit !== undefined) { this._cipherSuit.internalValue = config.cipherSuit; }
    if (config.timeouts !== undefined) { this._timeouts.internalValue = config.timeouts; }
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // bucket - computed: false, optional: false, required: true
  private _bucket?: string; 
  public get bucket() {
    return this.getStringAttribute('bucket');
  }
  public set bucket(value: string) {
    this._bucket = value;
  }
  // Temporarily expose input value. Use with caution.
  public get bucketInput() {
    return this._bucket;
  }

  // enable - computed: false, optional: false, required: true
  private _enable?: boolean | cdktf.IResolvable; 
  public get enable() {
    return this.getBooleanAttribute('enable');
  }
  public set enable(value: boolean | cdktf.IResolvable) {
    this._enable = value;
  }
  // Temporarily expose input value. Use with caution.
  public get enableInput() {
    return this._enable;
  }

  // id - computed: true, optional: true, required: false
  private _id?: string; 
  public get id() {
    return this.getStringAttribute('id');
  }
  public set id(value: string) {
    this._id = value;
  }
  public resetId() {
    this._id = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get idInput() {
    return this._id;
  }

  // tls_versions - computed: false, optional: true, required: false
  private _tlsVersions?: string[]; 
  public get tlsVersions() {
    return cdktf.Fn.tolist(this.getListAttribute('tls_versions'));
  }
  public set tlsVersions(value: string[]) {
    this._tlsVersions = value;
  }
  public resetTlsVersions() {
    this._tlsVersions = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tlsVersionsInput() {
    return this._tlsVersions;
  }

  // cipher_suit - computed: false, optional: true, required: false
  private __cipherSuit?: OssBucketHttpsConfigCipherSuitOutputReference;
  private get _cipherSuit(): OssBucketHttpsConfigCipherSuitOutputReference {
    return this.__cipherSuit ??= new OssBucketHttpsConfigCipherSuitOutputReference(this, "cipher_suit");
  }
  public get cipherSuit() {
    return this._cipherSuit;
  }
  public putCipherSuit(value: OssBucketHttpsConfigCipherSuit) {
    this._cipherSuit.internalValue = value;
  }
  public resetCipherSuit() {
    this._cipherSuit.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get cipherSuitInput() {
    return this.__cipherSuit?.internalValue;
  }

  // timeouts - computed: false, optional: true, required: false
  private __timeouts?: OssBucketHttpsConfigTimeoutsOutputReference;
  private get _timeouts(): OssBucketHttpsConfigTimeoutsOutputReference {
    return this.__timeouts ??= new OssBucketHttpsConfigTimeoutsOutputReference(this, "timeouts");
  }
  public get timeouts() {
    return this._timeouts;
  }
  public putTimeouts(value: OssBucketHttpsConfigTimeouts) {
    this._timeouts.internalValue = value;
  }
  public resetTimeouts() {
    this._timeouts.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get timeoutsInput() {
    return this.__timeouts?.internalValue;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      bucket: cdktf.stringToTerraform(this._bucket),
      enable: cdktf.booleanToTerraform(this._enable),
      id: cdktf.stringToTerraform(this._id),
      tls_versions: cdktf.listMapper(cdktf.stringToTerraform, false)(this._tlsVersions),
      cipher_suit: ossBucketHttpsConfigCipherSuitToTerraform(this.__cipherSuit?.internalValue),
      timeouts: ossBucketHttpsConfigTimeoutsToTerraform(this.__timeouts?.internalValue),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      bucket: {
        value: cdktf.stringToHclTerraform(this._bucket),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      enable: {
        value: cdktf.booleanToHclTerraform(this._enable),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      id: {
        value: cdktf.stringToHclTerraform(this._id),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      tls_versions: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._tlsVersions),
        isBlock: false,
        type: "set",
        storageClassType: "stringList",
      },
      cipher_suit: {
        value: ossBucketHttpsConfigCipherSuitToHclTerraform(this.__cipherSuit?.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "OssBucketHttpsConfigCipherSuitList",
      },
      timeouts: {
        value: ossBucketHttpsConfigTimeoutsToHclTerraform(this.__timeouts?.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "OssBucketHttpsConfigTimeouts",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
