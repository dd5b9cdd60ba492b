<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis version="3.22.16-Białowieża" simplifyAlgorithm="0" maxScale="0" simplifyMaxScale="1" hasScaleBasedVisibilityFlag="0" labelsEnabled="0" styleCategories="AllStyleCategories" simplifyDrawingHints="1" simplifyLocal="1" readOnly="0" symbologyReferenceScale="-1" minScale="100000000" simplifyDrawingTol="1">
  <flags>
    <Identifiable>1</Identifiable>
    <Removable>1</Removable>
    <Searchable>1</Searchable>
    <Private>0</Private>
  </flags>
  <temporal endField="" mode="0" fixedDuration="0" durationField="" startField="" startExpression="" durationUnit="min" limitMode="0" endExpression="" accumulate="0" enabled="0">
    <fixedRange>
      <start></start>
      <end></end>
    </fixedRange>
  </temporal>
  <renderer-v2 forceraster="0" type="RuleRenderer" referencescale="-1" enableorderby="0" symbollevels="0">
    <rules key="{4441c150-5843-4419-b6aa-fb7ba5b91369}">
      <rule symbol="0" filter="&quot;masking_required&quot;" label="View, masking required" key="{36cfb718-dfa8-41c9-acb5-691b3bfe8426}"/>
      <rule symbol="1" filter="ELSE" label="View, no masking required" key="{695bb229-5d6c-4404-af3b-db8f9a1f02db}"/>
    </rules>
    <symbols>
      <symbol type="fill" alpha="0.25" force_rhr="0" name="0" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer pass="0" class="SimpleFill" locked="0" enabled="1">
          <Option type="Map">
            <Option type="QString" value="3x:0,0,0,0,0,0" name="border_width_map_unit_scale"/>
            <Option type="QString" value="197,27,27,255" name="color"/>
            <Option type="QString" value="bevel" name="joinstyle"/>
            <Option type="QString" value="0,0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="197,27,27,255" name="outline_color"/>
            <Option type="QString" value="solid" name="outline_style"/>
            <Option type="QString" value="0.4" name="outline_width"/>
            <Option type="QString" value="MM" name="outline_width_unit"/>
            <Option type="QString" value="solid" name="style"/>
          </Option>
          <prop v="3x:0,0,0,0,0,0" k="border_width_map_unit_scale"/>
          <prop v="197,27,27,255" k="color"/>
          <prop v="bevel" k="joinstyle"/>
          <prop v="0,0" k="offset"/>
          <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
          <prop v="MM" k="offset_unit"/>
          <prop v="197,27,27,255" k="outline_color"/>
          <prop v="solid" k="outline_style"/>
          <prop v="0.4" k="outline_width"/>
          <prop v="MM" k="outline_width_unit"/>
          <prop v="solid" k="style"/>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol type="fill" alpha="0.2" force_rhr="0" name="1" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer pass="0" class="SimpleFill" locked="0" enabled="1">
          <Option type="Map">
            <Option type="QString" value="3x:0,0,0,0,0,0" name="border_width_map_unit_scale"/>
            <Option type="QString" value="31,95,168,255" name="color"/>
            <Option type="QString" value="bevel" name="joinstyle"/>
            <Option type="QString" value="0,0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="31,95,168,255" name="outline_color"/>
            <Option type="QString" value="solid" name="outline_style"/>
            <Option type="QString" value="0.3" name="outline_width"/>
            <Option type="QString" value="MM" name="outline_width_unit"/>
            <Option type="QString" value="solid" name="style"/>
          </Option>
          <prop v="3x:0,0,0,0,0,0" k="border_width_map_unit_scale"/>
          <prop v="31,95,168,255" k="color"/>
          <prop v="bevel" k="joinstyle"/>
          <prop v="0,0" k="offset"/>
          <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
          <prop v="MM" k="offset_unit"/>
          <prop v="31,95,168,255" k="outline_color"/>
          <prop v="solid" k="outline_style"/>
          <prop v="0.3" k="outline_width"/>
          <prop v="MM" k="outline_width_unit"/>
          <prop v="solid" k="style"/>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
    </symbols>
  </renderer-v2>
  <customproperties>
    <Option/>
  </customproperties>
  <blendMode>0</blendMode>
  <featureBlendMode>0</featureBlendMode>
  <layerOpacity>1</layerOpacity>
  <geometryOptions removeDuplicateNodes="0" geometryPrecision="0">
    <activeChecks type="StringList">
      <Option type="QString" value=""/>
    </activeChecks>
    <checkConfiguration/>
  </geometryOptions>
  <legend type="default-vector" showLabelLegend="0"/>
  <referencedLayers/>
  <fieldConfiguration>
    <field name="covered_m2" configurationFlags="None">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option type="bool" value="true" name="AllowNull"/>
            <Option type="int" value="1" name="Precision"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="public_m2" configurationFlags="None">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option type="bool" value="true" name="AllowNull"/>
            <Option type="int" value="1" name="Precision"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="private_m2" configurationFlags="None">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option type="bool" value="true" name="AllowNull"/>
            <Option type="int" value="1" name="Precision"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="unknown_m2" configurationFlags="None">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option type="bool" value="true" name="AllowNull"/>
            <Option type="int" value="1" name="Precision"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="private_pct" configurationFlags="None">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option type="bool" value="true" name="AllowNull"/>
            <Option type="int" value="1" name="Precision"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="private_ident_m2" configurationFlags="None">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option type="bool" value="true" name="AllowNull"/>
            <Option type="int" value="1" name="Precision"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="private_recog_m2" configurationFlags="None">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option type="bool" value="true" name="AllowNull"/>
            <Option type="int" value="1" name="Precision"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="private_observ_m2" configurationFlags="None">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option type="bool" value="true" name="AllowNull"/>
            <Option type="int" value="1" name="Precision"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="private_detect_m2" configurationFlags="None">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option type="bool" value="true" name="AllowNull"/>
            <Option type="int" value="1" name="Precision"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="private_operator_public_m2" configurationFlags="None">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option type="bool" value="true" name="AllowNull"/>
            <Option type="int" value="1" name="Precision"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="dwelling_facade_m" configurationFlags="None">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option type="bool" value="true" name="AllowNull"/>
            <Option type="int" value="1" name="Precision"/>
          </Option>
        </config>
      </editWidget>
    </field>
  </fieldConfiguration>
  <aliases>
    <alias field="covered_m2" index="0" name=""/>
    <alias field="public_m2" index="1" name=""/>
    <alias field="private_m2" index="2" name=""/>
    <alias field="unknown_m2" index="3" name=""/>
    <alias field="private_pct" index="4" name=""/>
    <alias field="private_ident_m2" index="5" name=""/>
    <alias field="private_recog_m2" index="6" name=""/>
    <alias field="private_observ_m2" index="7" name=""/>
    <alias field="private_detect_m2" index="8" name=""/>
    <alias field="private_operator_public_m2" index="9" name=""/>
    <alias field="dwelling_facade_m" index="10" name=""/>
  </aliases>
  <defaults>
    <default applyOnUpdate="0" field="covered_m2" expression=""/>
    <default applyOnUpdate="0" field="public_m2" expression=""/>
    <default applyOnUpdate="0" field="private_m2" expression=""/>
    <default applyOnUpdate="0" field="unknown_m2" expression=""/>
    <default applyOnUpdate="0" field="private_pct" expression=""/>
    <default applyOnUpdate="0" field="private_ident_m2" expression=""/>
    <default applyOnUpdate="0" field="private_recog_m2" expression=""/>
    <default applyOnUpdate="0" field="private_observ_m2" expression=""/>
    <default applyOnUpdate="0" field="private_detect_m2" expression=""/>
    <default applyOnUpdate="0" field="private_operator_public_m2" expression=""/>
    <default applyOnUpdate="0" field="dwelling_facade_m" expression=""/>
  </defaults>
  <constraints>
    <constraint exp_strength="0" field="covered_m2" constraints="0" unique_strength="0" notnull_strength="0"/>
    <constraint exp_strength="0" field="public_m2" constraints="0" unique_strength="0" notnull_strength="0"/>
    <constraint exp_strength="0" field="private_m2" constraints="0" unique_strength="0" notnull_strength="0"/>
    <constraint exp_strength="0" field="unknown_m2" constraints="0" unique_strength="0" notnull_strength="0"/>
    <constraint exp_strength="0" field="private_pct" constraints="0" unique_strength="0" notnull_strength="0"/>
    <constraint exp_strength="0" field="private_ident_m2" constraints="0" unique_strength="0" notnull_strength="0"/>
    <constraint exp_strength="0" field="private_recog_m2" constraints="0" unique_strength="0" notnull_strength="0"/>
    <constraint exp_strength="0" field="private_observ_m2" constraints="0" unique_strength="0" notnull_strength="0"/>
    <constraint exp_strength="0" field="private_detect_m2" constraints="0" unique_strength="0" notnull_strength="0"/>
    <constraint exp_strength="0" field="private_operator_public_m2" constraints="0" unique_strength="0" notnull_strength="0"/>
    <constraint exp_strength="0" field="dwelling_facade_m" constraints="0" unique_strength="0" notnull_strength="0"/>
  </constraints>
  <constraintExpressions>
    <constraint desc="" exp="" field="covered_m2"/>
    <constraint desc="" exp="" field="public_m2"/>
    <constraint desc="" exp="" field="private_m2"/>
    <constraint desc="" exp="" field="unknown_m2"/>
    <constraint desc="" exp="" field="private_pct"/>
    <constraint desc="" exp="" field="private_ident_m2"/>
    <constraint desc="" exp="" field="private_recog_m2"/>
    <constraint desc="" exp="" field="private_observ_m2"/>
    <constraint desc="" exp="" field="private_detect_m2"/>
    <constraint desc="" exp="" field="private_operator_public_m2"/>
    <constraint desc="" exp="" field="dwelling_facade_m"/>
  </constraintExpressions>
  <expressionfields/>
  <attributeactions/>
  <attributetableconfig sortOrder="0" sortExpression="" actionWidgetStyle="dropDown">
    <columns/>
  </attributetableconfig>
  <conditionalstyles>
    <rowstyles/>
    <fieldstyles/>
  </conditionalstyles>
  <storedexpressions/>
  <editform tolerant="1"></editform>
  <editforminit/>
  <editforminitcodesource>0</editforminitcodesource>
  <editforminitfilepath></editforminitfilepath>
  <editforminitcode><![CDATA[]]></editforminitcode>
  <featformsuppress>0</featformsuppress>
  <editorlayout>generatedlayout</editorlayout>
  <editable/>
  <labelOnTop/>
  <reuseLastValue/>
  <dataDefinedFieldProperties/>
  <widgets/>
  <previewExpression></previewExpression>
  <mapTip></mapTip>
  <layerGeometryType>2</layerGeometryType>
</qgis>
